-- Where does each sequence stand, and where does its table's data end?
\c app_db
SELECT sequencename, data_type, last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename;
SELECT 'customers' AS tbl, max(id) AS max_id, count(*) AS row_count FROM customers
UNION ALL SELECT 'orders', max(id), count(*) FROM orders
UNION ALL SELECT 'order_items', max(id), count(*) FROM order_items
UNION ALL SELECT 'refunds', max(id), count(*) FROM refunds;
