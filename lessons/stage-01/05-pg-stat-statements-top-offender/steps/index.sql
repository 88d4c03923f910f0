-- Index the lookup without blocking checkout's inserts.
\c shop
CREATE INDEX CONCURRENTLY order_items_order_id_idx ON order_items (order_id);
EXPLAIN SELECT id, sku, qty, price_cents FROM order_items WHERE order_id = 4242 ORDER BY id;
