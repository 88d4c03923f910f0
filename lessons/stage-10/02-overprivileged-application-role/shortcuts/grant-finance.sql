-- SHORTCUT: "the app might need finance data" — hand it the schema directly instead.
\c shop
GRANT USAGE ON SCHEMA finance TO app_user;
GRANT SELECT ON ALL TABLES IN SCHEMA finance TO app_user;
