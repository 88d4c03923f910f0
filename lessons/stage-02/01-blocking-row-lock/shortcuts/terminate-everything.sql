-- RECKLESS: terminate every other session in app_db.
\c app_db
SELECT pid, application_name, pg_terminate_backend(pid) FROM pg_stat_activity
WHERE datname = 'app_db' AND pid <> pg_backend_pid() AND backend_type = 'client backend';
SELECT pg_sleep(0.2);
