-- SHORTCUT: clear the queue by cancelling whatever is waiting on a lock.
\c app_db
SELECT pid, application_name, pg_cancel_backend(pid) FROM pg_stat_activity
WHERE wait_event_type = 'Lock';
SELECT pg_sleep(0.2);
