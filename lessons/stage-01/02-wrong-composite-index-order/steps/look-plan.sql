-- The portal's recent-orders page, for one merchant, as PostgreSQL runs it.
\c marketplace
EXPLAIN (ANALYZE, BUFFERS)
SELECT id, buyer_id, status, total_cents, placed_at FROM orders
WHERE merchant_id = 42 ORDER BY placed_at DESC LIMIT 25;
