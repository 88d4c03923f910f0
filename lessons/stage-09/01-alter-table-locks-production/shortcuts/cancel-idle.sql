-- HURRIED: cancel the stuck migration. It is idle: there is no running query to cancel.
\c app_db
SELECT pid, pg_cancel_backend(pid) FROM pg_stat_activity
WHERE datname = 'app_db' AND application_name = 'migration_runner';
SELECT pg_sleep(0.2);
