\c shop
SELECT count(*) FROM pg_stat_activity;
\score
