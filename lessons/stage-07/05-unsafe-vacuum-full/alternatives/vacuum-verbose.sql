-- A verbose plain VACUUM, skipping the index cleanup heuristics, then the statistics.
\c tenant_b
VACUUM (VERBOSE, INDEX_CLEANUP ON) orders;
ANALYZE orders;
SELECT dead_tuple_count, free_percent FROM pgstattuple('orders');
