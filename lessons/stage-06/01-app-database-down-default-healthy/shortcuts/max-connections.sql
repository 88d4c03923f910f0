-- SHORTCUT: "connections" in the error, so raise max_connections.
\c postgres
ALTER SYSTEM SET max_connections = 400;
SELECT pg_reload_conf();
