-- Confirm from the pooler's side: nobody waits, and the lookup now uses the index.
\c pgbouncer
SHOW POOLS;
\c shop - server
EXPLAIN SELECT id, total_cents FROM orders
WHERE customer_id = 4127 AND status = 'cart' ORDER BY created_at DESC LIMIT 1;
