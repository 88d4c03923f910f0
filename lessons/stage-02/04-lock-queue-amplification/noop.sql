-- Looking around without finding or changing anything (a SELECT on orders would queue too).
\c shop
\dt
SELECT relname, n_live_tup, last_autoanalyze FROM pg_stat_user_tables ORDER BY relname;
\score
