-- Move every sequence past its column's maximum (setval with is_called = true: next = max + 1).
-- setval is not transactional: each call takes effect at once, so no BEGIN/COMMIT around them.
\c app_db
SELECT setval(pg_get_serial_sequence('customers', 'id'), max(id)) FROM customers;
SELECT setval(pg_get_serial_sequence('orders', 'id'), max(id)) FROM orders;
SELECT setval(pg_get_serial_sequence('order_items', 'id'), max(id)) FROM order_items;
SELECT setval(pg_get_serial_sequence('refunds', 'id'), max(id)) FROM refunds;
SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename;
