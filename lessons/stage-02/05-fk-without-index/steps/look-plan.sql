-- Time one purge delete, inside a transaction that is rolled back.
\c crm
BEGIN;
EXPLAIN (ANALYZE) DELETE FROM customers WHERE id = 4600;
ROLLBACK;
-- What indexes does orders have? (the foreign key is listed, an index for it is not)
\d orders
EXPLAIN SELECT 1 FROM orders WHERE customer_id = 4600;
