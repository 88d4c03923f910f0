-- Who is connected to app_db, what is each session doing, and who is waiting for whom?
\c app_db
SELECT pid, usename, application_name, state, wait_event_type, wait_event,
       pg_blocking_pids(pid) AS blocked_by,
       xact_start, left(query, 70) AS query
FROM pg_stat_activity
WHERE datname = 'app_db' AND pid <> pg_backend_pid()
ORDER BY xact_start;

-- The blockers themselves, and what their transactions hold.
SELECT a.pid, a.application_name, a.state, a.xact_start, left(a.query, 50) AS query
FROM pg_stat_activity AS a
WHERE a.pid IN (SELECT unnest(pg_blocking_pids(pid)) FROM pg_stat_activity);
