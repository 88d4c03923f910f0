-- SHORTCUT: terminate every idle-in-transaction session in app_db, whatever it holds.
\c app_db
SELECT pid, application_name, pg_terminate_backend(pid)
FROM pg_stat_activity
WHERE datname = 'app_db' AND state LIKE 'idle in transaction%' AND pid <> pg_backend_pid();
