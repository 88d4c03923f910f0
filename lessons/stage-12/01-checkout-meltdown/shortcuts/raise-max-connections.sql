-- REFLEX: "checkout can't get connections: raise max_connections". The server was never
-- full; it needs a restart anyway, and costs memory per slot cluster-wide.
\c shop - server
ALTER SYSTEM SET max_connections = 500;
SELECT pg_reload_conf();
SELECT name, setting, pending_restart FROM pg_settings WHERE name = 'max_connections';
