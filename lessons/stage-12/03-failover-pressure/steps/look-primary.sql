-- The primary first: is it really dying, or is something in the way?
\c app_db - primary
SELECT pid, usename, application_name, state, wait_event_type, wait_event,
       pg_blocking_pids(pid) AS blocked_by,
       now() - xact_start AS xact_age,
       left(query, 70) AS query
FROM pg_stat_activity
WHERE datname = 'app_db' AND pid <> pg_backend_pid()
ORDER BY xact_start;

-- Who blocks the waiting sessions, by name.
SELECT w.pid, w.application_name, b.pid AS blocker_pid, b.application_name AS blocker, b.state AS blocker_state
FROM pg_stat_activity AS w
CROSS JOIN LATERAL unnest(pg_blocking_pids(w.pid)) AS bp(pid)
JOIN pg_stat_activity AS b ON b.pid = bp.pid
WHERE w.datname = 'app_db';
