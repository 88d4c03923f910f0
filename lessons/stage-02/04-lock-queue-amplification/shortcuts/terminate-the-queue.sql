-- RECKLESS: terminate every session waiting on a lock: the ALTER and eleven customer requests.
\c shop
SELECT pid, application_name, pg_terminate_backend(pid, 5000) AS terminated
FROM pg_stat_activity
WHERE datname = 'shop' AND wait_event_type = 'Lock';
