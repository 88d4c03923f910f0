-- SHORTCUT: a cluster-wide idle-in-transaction timeout against "leaks" (and against every
-- legitimate long transaction in every tenant).
\c tenant_birch
ALTER SYSTEM SET idle_in_transaction_session_timeout = '30s';
SELECT pg_reload_conf();
