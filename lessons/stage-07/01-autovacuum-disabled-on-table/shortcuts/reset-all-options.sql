-- SLOPPY: reset every storage option, the deliberate tuning included.
\c tenant_b
ALTER TABLE orders RESET (autovacuum_enabled, autovacuum_vacuum_scale_factor);
VACUUM orders;
