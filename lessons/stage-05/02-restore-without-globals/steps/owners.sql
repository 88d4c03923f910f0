-- Give the tables back to their owner (their sequences follow the tables).
\c app_db
ALTER TABLE customers OWNER TO app_owner;
ALTER TABLE orders OWNER TO app_owner;
ALTER TABLE order_items OWNER TO app_owner;
ALTER TABLE payments OWNER TO app_owner;
\dt
