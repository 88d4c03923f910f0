-- "billing_db is the billing team's problem": gone from the primary, gone from the gap.
\c app_db
DROP DATABASE billing_db WITH (FORCE);
