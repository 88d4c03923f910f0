\c app_db - replica1
SELECT pg_terminate_backend(pid) FROM pg_stat_activity
WHERE datname = 'app_db' AND pid <> pg_backend_pid() AND backend_type = 'client backend';
