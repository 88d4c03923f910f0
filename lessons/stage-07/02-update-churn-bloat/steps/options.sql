-- Autovacuum should have cleaned this. Has it ever run here, and what does the table tell it?
\c analytics_db
SELECT relname, n_live_tup, n_dead_tup, last_autovacuum, autovacuum_count, last_autoanalyze
FROM pg_stat_user_tables WHERE relname = 'events';
SELECT option_name, option_value FROM pg_class, pg_options_to_table(reloptions) WHERE relname = 'events';
SHOW autovacuum_vacuum_scale_factor;
