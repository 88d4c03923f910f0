-- SHORTCUT: "idle in transaction is always the culprit": terminate the report first.
\c app_db
SELECT pid, pg_terminate_backend(pid) FROM pg_stat_activity
WHERE state = 'idle in transaction' AND pid <> pg_backend_pid();
SELECT pg_sleep(0.2);
