-- SHORTCUT: a lock_timeout for every session on the cluster, "so migrations can never queue
-- again". It also cuts off every application that legitimately waits for a row.
\c commerce
ALTER SYSTEM SET lock_timeout = '2s';
SELECT pg_reload_conf();
