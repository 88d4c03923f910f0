-- Who is waiting, on whom, and what is each session doing?
\c commerce
SELECT pid, application_name, usename, state, wait_event_type, wait_event,
       pg_blocking_pids(pid) AS blocked_by, left(query, 60) AS query
FROM pg_stat_activity
WHERE datname = 'commerce' AND pid <> pg_backend_pid()
ORDER BY xact_start NULLS LAST;
-- The head of the queue's blockers, by pid.
SELECT a.pid, a.application_name, a.state, a.backend_xmin, now() - a.xact_start AS open_for
FROM pg_stat_activity AS a
WHERE a.pid IN (SELECT unnest(pg_blocking_pids(m.pid)) FROM pg_stat_activity AS m
                WHERE m.application_name = 'migration_runner');
