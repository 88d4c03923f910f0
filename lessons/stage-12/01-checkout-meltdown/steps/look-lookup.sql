-- What the abandoned attempts ran last, and how the planner runs it.
\c shop - server
SELECT DISTINCT left(query, 110) AS last_query FROM pg_stat_activity
WHERE application_name = 'checkout-api' AND state = 'idle in transaction';
EXPLAIN SELECT id, total_cents FROM orders
WHERE customer_id = 4127 AND status = 'cart' ORDER BY created_at DESC LIMIT 1;
\d orders
