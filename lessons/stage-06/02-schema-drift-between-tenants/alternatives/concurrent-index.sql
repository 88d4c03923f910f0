-- Without blocking tenant_b's writers for the index build: add the column (catalog-only), build
-- the unique index CONCURRENTLY, attach it as the constraint, then record the version.
\c tenant_b
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN external_id varchar(64);
CREATE UNIQUE INDEX CONCURRENTLY orders_external_id_key ON orders (external_id);
ALTER TABLE orders ADD CONSTRAINT orders_external_id_key UNIQUE USING INDEX orders_external_id_key;
INSERT INTO schema_migrations (version, applied_by, execution_ms)
VALUES ('20260602_add_orders_external_id', 'migration_owner', 0);
RESET lock_timeout;
