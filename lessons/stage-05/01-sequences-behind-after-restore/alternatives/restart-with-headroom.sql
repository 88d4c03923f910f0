-- DDL instead of setval, with headroom: identity columns restart through ALTER TABLE, the
-- serial ones through ALTER SEQUENCE, each well past the maxima read just before.
\c app_db
SELECT max(id) FROM customers;
SELECT max(id) FROM orders;
SELECT max(id) FROM order_items;
SELECT max(id) FROM refunds;
ALTER TABLE customers ALTER COLUMN id RESTART WITH 3000;
ALTER SEQUENCE orders_id_seq RESTART WITH 7000;
ALTER TABLE order_items ALTER COLUMN id RESTART WITH 10000;
ALTER SEQUENCE refunds_id_seq RESTART WITH 1000;
