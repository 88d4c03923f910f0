-- How does one order-items lookup run?
\c shop
EXPLAIN SELECT id, sku, qty, price_cents FROM order_items WHERE order_id = 4242 ORDER BY id;
\d order_items
