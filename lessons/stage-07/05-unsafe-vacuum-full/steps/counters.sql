-- Why has autovacuum not cleaned it? Compare what the statistics system believes.
\c tenant_b
SELECT relname, n_live_tup, n_dead_tup, n_mod_since_analyze, last_vacuum, last_autovacuum, autovacuum_count
FROM pg_stat_user_tables WHERE relname = 'orders';
SELECT datname, stats_reset FROM pg_stat_database WHERE datname = current_database();
