-- Free the queue: cancel the migration's waiting ALTER (it has changed nothing yet).
\c shop
SELECT pid, application_name, left(query, 50) AS query, pg_cancel_backend(pid) AS cancelled
FROM pg_stat_activity
WHERE application_name = 'migration_runner' AND wait_event_type = 'Lock';
SELECT pg_sleep(0.2);
SELECT application_name, state, wait_event_type FROM pg_stat_activity
WHERE datname = 'shop' AND pid <> pg_backend_pid();
