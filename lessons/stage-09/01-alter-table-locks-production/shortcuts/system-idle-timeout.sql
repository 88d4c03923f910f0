-- SHORTCUT: a cluster-wide idle-in-transaction timeout (does not even reach a backend
-- that is already idle: it rereads its configuration only before its next command).
\c app_db
ALTER SYSTEM SET idle_in_transaction_session_timeout = '10s';
SELECT pg_reload_conf();
