-- SHORTCUT: terminate "the migration runner" by name, in every database.
\c app_db
SELECT pid, datname, pg_terminate_backend(pid) FROM pg_stat_activity
WHERE application_name = 'migration_runner';
SELECT pg_sleep(0.2);
