-- HURRIED: a plain CREATE INDEX. It holds a SHARE lock on orders for the whole build: every
-- checkout insert and payment update waits until it is done.
\c commerce
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
\score
