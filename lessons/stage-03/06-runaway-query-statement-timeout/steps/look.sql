-- What is running right now, and for how long?
\c marketplace
SELECT pid, usename, application_name, state, wait_event,
       now() - query_start AS running_for, left(query, 60) AS query
FROM pg_stat_activity
WHERE backend_type = 'client backend' AND state <> 'idle' AND pid <> pg_backend_pid()
ORDER BY query_start;
