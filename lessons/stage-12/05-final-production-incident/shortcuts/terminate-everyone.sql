-- SHORTCUT: end every session in app_db, the blocker and its victims alike.
\c app_db
SELECT pid, application_name, pg_terminate_backend(pid) FROM pg_stat_activity
WHERE datname = 'app_db' AND pid <> pg_backend_pid();
SELECT pg_sleep(0.2);
