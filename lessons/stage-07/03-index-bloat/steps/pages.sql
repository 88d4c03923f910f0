-- Is the table itself hollow, or are its indexes?
\c tenant_b
SELECT tuple_count, dead_tuple_percent, free_percent FROM pgstattuple('orders');
SELECT 'orders_external_id_idx' AS index, leaf_pages, deleted_pages, avg_leaf_density
FROM pgstatindex('orders_external_id_idx')
UNION ALL
SELECT 'orders_created_at_idx', leaf_pages, deleted_pages, avg_leaf_density
FROM pgstatindex('orders_created_at_idx');
