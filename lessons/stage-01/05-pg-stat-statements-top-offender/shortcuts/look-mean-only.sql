-- HURRIED: the slowest queries, by mean time only.
\c shop
SELECT left(query, 70) AS query, round(mean_exec_time::numeric, 2) AS mean_ms
FROM pg_stat_statements ORDER BY mean_exec_time DESC LIMIT 3;
