\c marketplace
SELECT count(*) FROM pg_stat_activity WHERE state = 'active';
\score
