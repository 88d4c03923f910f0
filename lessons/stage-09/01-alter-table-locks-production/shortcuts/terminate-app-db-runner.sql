-- HURRIED: end app_db's migration runner from memory, without looking at anything.
\c app_db
SELECT pg_terminate_backend(pid) FROM pg_stat_activity
WHERE datname = 'app_db' AND application_name = 'migration_runner';
SELECT pg_sleep(0.2);
