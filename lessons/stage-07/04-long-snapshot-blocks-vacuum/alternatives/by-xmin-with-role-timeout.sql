-- Pick the holder by its horizon (the oldest backend_xmin), end it, vacuum, and stop the next
-- one: an idle-in-transaction timeout for the analysts' role only.
\c app_db
SELECT pid, usename, application_name, state, backend_xmin
FROM pg_stat_activity WHERE backend_xmin IS NOT NULL AND pid <> pg_backend_pid()
ORDER BY age(backend_xmin) DESC;
SELECT pg_terminate_backend(pid, 5000)
FROM pg_stat_activity
WHERE backend_xmin IS NOT NULL AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'
ORDER BY age(backend_xmin) DESC
LIMIT 1;
ALTER ROLE analytics_ro SET idle_in_transaction_session_timeout = '15min';
VACUUM orders;
