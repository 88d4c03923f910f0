-- "Give the deadlock detector more time."
\c payments
ALTER SYSTEM SET deadlock_timeout = '5s';
SELECT pg_reload_conf();
