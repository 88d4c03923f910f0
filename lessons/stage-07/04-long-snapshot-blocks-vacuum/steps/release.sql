-- End the session whose snapshot pins the horizon: the analyst's REPEATABLE READ transaction.
\c app_db
SELECT pid, application_name, pg_terminate_backend(pid, 5000) AS terminated
FROM pg_stat_activity
WHERE datname = 'app_db' AND usename = 'analytics_ro' AND backend_xmin IS NOT NULL
  AND state LIKE 'idle in transaction%';
