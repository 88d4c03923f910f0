-- Who waits on a lock, and who is in the way (the lock tree)?
\c shop - server
SELECT pid, usename, application_name, state, wait_event_type,
       pg_blocking_pids(pid) AS blocked_by, left(query, 70) AS query
FROM pg_stat_activity
WHERE datname = 'shop' AND cardinality(pg_blocking_pids(pid)) > 0;
-- The blockers themselves: those in the way that wait for nobody.
SELECT pid, usename, application_name, state, xact_start, left(query, 80) AS last_query
FROM pg_stat_activity
WHERE pid IN (SELECT unnest(pg_blocking_pids(pid)) FROM pg_stat_activity)
  AND cardinality(pg_blocking_pids(pid)) = 0;
