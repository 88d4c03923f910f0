-- Now VACUUM may remove what the snapshot was pinning.
\c app_db
VACUUM (ANALYZE) orders;
SELECT * FROM pg_visibility_map_summary('orders');
SELECT tuple_count, dead_tuple_count, dead_tuple_percent, free_percent FROM pgstattuple('orders');
