-- HURRIED: ends the migration session and calls it done.
\c boxoffice
SELECT pg_terminate_backend(pid) FROM pg_stat_activity
WHERE datname = 'boxoffice' AND application_name = 'migration_runner';
SELECT pg_sleep(0.2);
