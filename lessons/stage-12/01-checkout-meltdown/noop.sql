-- Reading the table sizes, not sessions, pools or plans.
\c shop - server
SELECT relname, n_live_tup FROM pg_stat_user_tables ORDER BY relname;
\score
