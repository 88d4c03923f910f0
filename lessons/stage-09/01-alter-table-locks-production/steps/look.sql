-- Every session on the cluster: where, who, doing what, waiting for whom.
\c app_db
SELECT pid, datname, usename, application_name, state, wait_event_type,
       pg_blocking_pids(pid) AS blocked_by,
       now() - xact_start AS xact_age, left(query, 60) AS query
FROM pg_stat_activity
WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()
ORDER BY datname, xact_start;

-- Locks on orders: who holds what, who waits.
SELECT l.pid, a.application_name, l.mode, l.granted
FROM pg_locks AS l JOIN pg_stat_activity AS a USING (pid)
WHERE l.locktype = 'relation' AND l.relation = 'orders'::regclass
ORDER BY l.granted DESC, l.pid;
