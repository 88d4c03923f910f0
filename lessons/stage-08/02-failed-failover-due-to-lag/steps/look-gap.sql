-- Does replica1 hold the last order the shop acknowledged (4120, 03:12)?
\c app_db - replica1
SELECT max(id) AS last_order, max(created_at) AS last_order_at FROM orders;
SELECT EXISTS (SELECT 1 FROM orders WHERE id = 4120) AS has_4120;
