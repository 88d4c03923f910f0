-- Remove only the bad option (keep the deliberate tuning), then vacuum once by hand.
\c tenant_b
ALTER TABLE orders RESET (autovacuum_enabled);
VACUUM (ANALYZE) orders;
SELECT relname, reloptions FROM pg_class WHERE relname = 'orders';
SELECT * FROM pg_visibility_map_summary('orders');
