-- A plain VACUUM takes no lock the readers conflict with and can remove every dead row.
\c tenant_b
VACUUM (ANALYZE) orders;
SELECT tuple_count, dead_tuple_count, free_percent FROM pgstattuple('orders');
SELECT * FROM pg_visibility_map_summary('orders');
