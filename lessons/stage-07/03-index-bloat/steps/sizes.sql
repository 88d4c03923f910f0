-- The purge removed four fifths of the orders. Where did the space stay?
\c tenant_b
SELECT c.relname, c.relkind, pg_size_pretty(pg_relation_size(c.oid)) AS size
FROM pg_class AS c
WHERE c.oid = 'orders'::regclass
   OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = 'orders'::regclass)
ORDER BY pg_relation_size(c.oid) DESC;
SELECT count(*) AS live_orders FROM orders;
