-- Stabilize: end the blocker (the migration), never the writers queued behind it.
\c app_db
SELECT pid, application_name, pg_terminate_backend(pid) AS terminated
FROM pg_stat_activity
WHERE datname = 'app_db' AND application_name = 'migration_runner' AND state LIKE 'idle in transaction%';
