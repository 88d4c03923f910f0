-- Exactly what the dump's ACL entries granted the application.
\c app_db
GRANT SELECT, INSERT, UPDATE, DELETE ON customers, orders, order_items, payments TO app_user;
GRANT USAGE ON SEQUENCE orders_id_seq, order_items_id_seq TO app_user;
\dp
