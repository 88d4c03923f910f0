-- SHORTCUT: an idle-in-transaction timeout for the whole cluster, every role and database.
\c app_db
ALTER SYSTEM SET idle_in_transaction_session_timeout = '10min';
SELECT pg_reload_conf();
