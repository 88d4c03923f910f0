-- SHORTCUT: make the application the owner; owners need no grants.
\c app_db
ALTER TABLE customers OWNER TO app_user;
ALTER TABLE orders OWNER TO app_user;
ALTER TABLE order_items OWNER TO app_user;
ALTER TABLE payments OWNER TO app_user;
