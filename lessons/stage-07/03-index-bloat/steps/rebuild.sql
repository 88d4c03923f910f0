-- Rebuild the sparse index online; writes and lookups keep working.
\c tenant_b
REINDEX INDEX CONCURRENTLY orders_external_id_idx;
SELECT avg_leaf_density, leaf_pages FROM pgstatindex('orders_external_id_idx');
SELECT pg_size_pretty(pg_relation_size('orders_external_id_idx')) AS external_id_idx;
