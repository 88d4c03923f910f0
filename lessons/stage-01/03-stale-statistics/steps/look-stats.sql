-- What does the planner believe about invoices.status, and when was that last measured?
\c billing
SELECT attname, most_common_vals, most_common_freqs FROM pg_stats
WHERE schemaname = 'public' AND tablename = 'invoices' AND attname = 'status';
SELECT status, count(*) FROM invoices GROUP BY status ORDER BY 2 DESC;
SELECT relname, n_live_tup, n_dead_tup, n_mod_since_analyze, last_analyze, last_autoanalyze, last_autovacuum
FROM pg_stat_user_tables WHERE relname IN ('invoices', 'customers');
