-- End the root of the chain: the old app's leaked transaction on invoice 2107. The
-- backfill behind it then finishes, and the payment behind the backfill commits.
\c tenant_birch
SELECT pid, application_name, pg_terminate_backend(pid) AS terminated
FROM pg_stat_activity
WHERE datname = 'tenant_birch' AND application_name = 'invoicer-7.2'
  AND state LIKE 'idle in transaction%';
SELECT pg_sleep(0.3);
