-- Bring tenant_b level with tenant_a, as the table's owner, schema and history in one transaction.
\c tenant_b
SET ROLE migration_owner;
SET lock_timeout = '5s';
BEGIN;
ALTER TABLE orders ADD COLUMN external_id varchar(64);
ALTER TABLE orders ADD CONSTRAINT orders_external_id_key UNIQUE (external_id);
INSERT INTO schema_migrations (version, execution_ms) VALUES ('20260602_add_orders_external_id', 0);
COMMIT;
RESET lock_timeout;
RESET ROLE;
\d orders
