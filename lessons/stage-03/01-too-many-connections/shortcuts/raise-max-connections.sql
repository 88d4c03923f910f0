-- "Just allow more connections." (Takes effect only after a restart.)
\c shop
ALTER SYSTEM SET max_connections = 200;
SELECT pg_reload_conf();
