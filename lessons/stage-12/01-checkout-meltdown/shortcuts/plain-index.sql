-- HURRIED: a plain CREATE INDEX. It holds a SHARE lock on orders for the whole build: every
-- checkout that places an order waits until it is done.
\c shop - server
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
