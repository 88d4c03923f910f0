-- Index the referencing column; CONCURRENTLY so the app keeps writing orders meanwhile.
\c crm
CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);
BEGIN;
EXPLAIN (ANALYZE) DELETE FROM customers WHERE id = 4600;
ROLLBACK;
