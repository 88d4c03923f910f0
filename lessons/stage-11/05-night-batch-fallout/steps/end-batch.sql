-- End the crashed batch's leftover transaction (its job is long dead), then vacuum orders.
\c marketplace
SELECT pid, application_name, pg_terminate_backend(pid, 5000) AS terminated
FROM pg_stat_activity
WHERE datname = 'marketplace' AND application_name = 'nightly_batch'
  AND state LIKE 'idle in transaction%' AND backend_xmin IS NOT NULL;
VACUUM (ANALYZE) orders;
SELECT * FROM pg_visibility_map_summary('orders');
