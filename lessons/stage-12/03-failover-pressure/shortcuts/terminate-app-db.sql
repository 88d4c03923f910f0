-- "Kill everything on app_db and let the app reconnect."
\c app_db - primary
SELECT pid, application_name, pg_terminate_backend(pid)
FROM pg_stat_activity
WHERE datname = 'app_db' AND pid <> pg_backend_pid() AND backend_type = 'client backend';
