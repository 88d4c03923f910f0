-- Another expert starts from the roles' share of the server and the statements' cost.
\c commerce
SELECT usename, application_name, state, count(*) FROM pg_stat_activity
WHERE datname = 'commerce' GROUP BY 1, 2, 3 ORDER BY 4 DESC;
SELECT calls, round(mean_exec_time::numeric, 2) AS mean_ms, shared_blks_hit + shared_blks_read AS blocks, query
FROM pg_stat_statements WHERE query LIKE '%customer_id%' ORDER BY total_exec_time DESC LIMIT 3;
EXPLAIN (COSTS OFF) SELECT id, total_cents FROM orders
WHERE customer_id = 4127 AND status = 'cart' ORDER BY created_at DESC LIMIT 1;
