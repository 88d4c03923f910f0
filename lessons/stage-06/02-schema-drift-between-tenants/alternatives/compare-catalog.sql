-- Compare the tenants through the catalog: orders' columns with type and nullability, per tenant.
\c tenant_a
SELECT column_name, data_type, character_maximum_length, is_nullable
FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'orders' ORDER BY ordinal_position;
SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'orders';
\c tenant_b
SELECT column_name, data_type, character_maximum_length, is_nullable
FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'orders' ORDER BY ordinal_position;
\c tenant_c
SELECT column_name, data_type, character_maximum_length, is_nullable
FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'orders' ORDER BY ordinal_position;
