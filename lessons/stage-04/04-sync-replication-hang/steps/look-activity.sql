-- What are the active sessions on the primary waiting for?
\c app_db - primary
SELECT pid, application_name, state, wait_event_type, wait_event, left(query, 50) AS query
FROM pg_stat_activity
WHERE backend_type = 'client backend' AND state = 'active' AND pid <> pg_backend_pid();
