-- In analytics_db: which relation is big, and how much of it is live data?
\c analytics_db
SELECT c.relname, pg_size_pretty(pg_total_relation_size(c.oid)) AS total, c.reltuples::bigint AS est_rows
FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace
WHERE n.nspname = 'public' AND c.relkind = 'r'
ORDER BY pg_total_relation_size(c.oid) DESC;
SELECT table_len, tuple_count, dead_tuple_count, dead_tuple_percent, free_percent FROM pgstattuple('events');
