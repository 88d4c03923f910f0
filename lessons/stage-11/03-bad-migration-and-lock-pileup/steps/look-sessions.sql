-- Who is in boxoffice, in what state, waiting for whom?
\c boxoffice
SELECT pid, usename, application_name, state, wait_event_type,
       pg_blocking_pids(pid) AS blocked_by,
       now() - xact_start AS xact_age, left(query, 60) AS query
FROM pg_stat_activity
WHERE datname = 'boxoffice' AND pid <> pg_backend_pid()
ORDER BY xact_start;

-- Relation locks on bookings.
SELECT l.pid, a.application_name, l.mode, l.granted
FROM pg_locks AS l JOIN pg_stat_activity AS a USING (pid)
WHERE l.locktype = 'relation' AND l.relation = 'bookings'::regclass
ORDER BY l.granted DESC, l.pid;
