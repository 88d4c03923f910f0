-- RECKLESS: "the table is too big": delete older order items to make the scans shorter.
\c shop
DELETE FROM order_items WHERE order_id < 2500;
