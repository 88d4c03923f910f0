-- How big is orders here compared with its sibling, and what is inside its pages?
\c tenant_a
SELECT pg_size_pretty(pg_relation_size('orders')) AS heap, count(*) AS live_rows FROM orders;
\c tenant_b
SELECT pg_size_pretty(pg_relation_size('orders')) AS heap, count(*) AS live_rows FROM orders;
SELECT tuple_count, dead_tuple_count, dead_tuple_percent, free_percent FROM pgstattuple('orders');
SELECT * FROM pg_visibility_map_summary('orders');
