-- The pre-12 way: build a twin online, drop the old one online, give the twin its name.
\c tenant_b
CREATE UNIQUE INDEX CONCURRENTLY orders_external_id_idx_new ON orders (external_id);
DROP INDEX CONCURRENTLY orders_external_id_idx;
ALTER INDEX orders_external_id_idx_new RENAME TO orders_external_id_idx;
\d orders
