-- Look with the statistics views and \d+ instead of pgstattuple.
\c analytics_db
SELECT relname, n_live_tup, n_dead_tup, round(n_dead_tup::numeric / greatest(n_live_tup, 1), 1) AS dead_per_live,
       last_autovacuum, last_vacuum
FROM pg_stat_user_tables ORDER BY n_dead_tup DESC;
\d+ events
