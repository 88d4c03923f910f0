-- How does PostgreSQL run the dashboard query, and what does orders offer it?
\c shop
EXPLAIN (ANALYZE, BUFFERS)
SELECT id, status, total_cents, created_at FROM orders WHERE tenant_id = 42 ORDER BY created_at DESC LIMIT 50;
\d orders
