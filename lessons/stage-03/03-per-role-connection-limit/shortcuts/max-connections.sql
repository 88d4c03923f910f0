-- SHORTCUT: "too many connections" — raise max_connections for the whole server.
\c checkout
ALTER SYSTEM SET max_connections = 300;
SELECT pg_reload_conf();
