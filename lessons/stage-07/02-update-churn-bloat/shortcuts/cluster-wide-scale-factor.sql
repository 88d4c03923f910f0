-- SHORTCUT: "autovacuum is too lazy": lower the scale factor for the whole cluster, vacuum once.
\c analytics_db
ALTER SYSTEM SET autovacuum_vacuum_scale_factor = 0.02;
SELECT pg_reload_conf();
VACUUM events;
