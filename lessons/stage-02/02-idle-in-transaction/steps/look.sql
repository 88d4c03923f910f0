-- Fjordline's renewal hangs while every other customer renews: who is in billing, in what
-- state, and who is waiting for whom?
\c billing
SELECT pid, usename, application_name, state, wait_event_type, wait_event,
       pg_blocking_pids(pid) AS blocked_by,
       now() - xact_start AS xact_age, left(query, 60) AS query
FROM pg_stat_activity
WHERE datname = 'billing' AND pid <> pg_backend_pid()
ORDER BY xact_start NULLS LAST;

-- Two console tabs are idle in a transaction. Which one do the writers wait for?
SELECT h.pid, h.usename, h.application_name, h.state, now() - h.state_change AS idle_for,
       h.query AS last_query, w.application_name AS waiting
FROM pg_stat_activity AS w
JOIN pg_stat_activity AS h ON h.pid = ANY (pg_blocking_pids(w.pid))
WHERE w.datname = 'billing';
