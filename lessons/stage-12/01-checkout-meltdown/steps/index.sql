-- An index for the cart lookup: the customer first, then the cart's recency. CONCURRENTLY
-- keeps checkout's writes to orders flowing during the build.
\c shop - server
CREATE INDEX CONCURRENTLY orders_customer_id_created_at_idx ON orders (customer_id, created_at DESC);
EXPLAIN SELECT id, total_cents FROM orders
WHERE customer_id = 4127 AND status = 'cart' ORDER BY created_at DESC LIMIT 1;
