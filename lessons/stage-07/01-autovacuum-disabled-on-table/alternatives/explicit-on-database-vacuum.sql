-- Turn autovacuum explicitly back on for the table, then one VACUUM ANALYZE pass over the whole
-- tenant database (months without maintenance: statistics are stale too).
\c tenant_b
ALTER TABLE orders SET (autovacuum_enabled = true);
VACUUM (ANALYZE);
