-- "Autovacuum is too lazy": make it more aggressive for the whole cluster.
\c tenant_b
ALTER SYSTEM SET autovacuum_vacuum_scale_factor = 0.01;
SELECT pg_reload_conf();
