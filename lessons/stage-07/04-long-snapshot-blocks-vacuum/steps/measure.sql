-- What is in orders' pages, and has VACUUM been able to mark any of them?
\c app_db
SELECT tuple_count, dead_tuple_count, dead_tuple_percent, free_percent FROM pgstattuple('orders');
SELECT * FROM pg_visibility_map_summary('orders');
