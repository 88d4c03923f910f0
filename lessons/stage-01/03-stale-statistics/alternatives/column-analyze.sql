-- Only the column whose distribution moved, and autovacuum back with an earlier analyze
-- threshold for this table.
\c billing
SELECT relname, reloptions FROM pg_class WHERE relname = 'invoices';
ANALYZE invoices (status);
ALTER TABLE invoices SET (autovacuum_enabled = on, autovacuum_analyze_scale_factor = 0.02);
\score
