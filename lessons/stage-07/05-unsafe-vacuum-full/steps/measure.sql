-- What is really in orders' pages, and how much of it has VACUUM marked all-visible?
\c tenant_b
SELECT pg_size_pretty(pg_relation_size('orders')) AS heap_size, tuple_count, dead_tuple_count,
       dead_tuple_percent, free_percent
FROM pgstattuple('orders');
SELECT * FROM pg_visibility_map_summary('orders');
