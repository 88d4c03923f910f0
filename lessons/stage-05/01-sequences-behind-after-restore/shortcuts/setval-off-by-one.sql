-- CLUMSY: setval(..., false) means "nextval returns exactly this value" -- max(id) already exists.
\c app_db
SELECT setval('customers_id_seq', (SELECT max(id) FROM customers), false);
SELECT setval('orders_id_seq', (SELECT max(id) FROM orders), false);
SELECT setval('order_items_id_seq', (SELECT max(id) FROM order_items), false);
SELECT setval('refunds_id_seq', (SELECT max(id) FROM refunds), false);
