-- SHORTCUT: more connections. It needs a restart to take effect, costs memory per slot, and
-- only moves the wall the retry storm runs into.
\c commerce
ALTER SYSTEM SET max_connections = 200;
SELECT pg_reload_conf();
SELECT name, setting, pending_restart FROM pg_settings WHERE name = 'max_connections';
