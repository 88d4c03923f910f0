\c app_db - server
ALTER SYSTEM SET max_connections = 300;
SELECT pg_reload_conf();
