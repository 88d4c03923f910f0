-- CLUMSY: "the oldest open transaction must be the culprit" -- by xact_start, not by xmin.
\c app_db
SELECT pid, application_name, pg_terminate_backend(pid)
FROM pg_stat_activity
WHERE datname = 'app_db' AND state LIKE 'idle in transaction%' AND pid <> pg_backend_pid()
ORDER BY xact_start
LIMIT 1;
