-- What is the startup process (replay) waiting for, and what runs beside it?
\c app_db - replica1
SELECT pid, backend_type, application_name, state, wait_event_type, wait_event,
       now() - query_start AS running_for, left(query, 40) AS query
FROM pg_stat_activity
WHERE backend_type IN ('startup', 'client backend') AND pid <> pg_backend_pid()
ORDER BY backend_type DESC, query_start;
SHOW max_standby_streaming_delay;
SHOW hot_standby_feedback;
