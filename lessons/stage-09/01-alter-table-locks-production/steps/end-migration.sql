-- End app_db's stuck migration transaction. It is idle, so only terminating ends it; the
-- rollback takes the uncommitted column and its history row with it.
\c app_db
SELECT pid, datname, application_name, state, pg_terminate_backend(pid) AS terminated
FROM pg_stat_activity
WHERE datname = 'app_db' AND application_name = 'migration_runner'
  AND state = 'idle in transaction';
SELECT pg_sleep(0.2);
SELECT version FROM schema_migrations ORDER BY version DESC LIMIT 2;
