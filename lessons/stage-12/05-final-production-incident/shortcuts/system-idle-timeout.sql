-- SHORTCUT: a one-second idle-in-transaction timeout for the whole cluster, "so this never
-- happens again" (it does not even reach the migration, which is already idle: a backend
-- rereads its configuration only before its next command).
\c app_db
ALTER SYSTEM SET idle_in_transaction_session_timeout = '1s';
SELECT pg_reload_conf();
