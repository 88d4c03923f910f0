-- Compare through the catalog: what is installed where, and the index definition to copy.
\c tenant_a
SELECT extname, extversion FROM pg_extension ORDER BY extname;
SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'products';
\c tenant_c
SELECT name, default_version, installed_version FROM pg_available_extensions WHERE name = 'pg_trgm';
