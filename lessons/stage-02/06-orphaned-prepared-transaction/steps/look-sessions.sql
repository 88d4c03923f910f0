-- Picks hang in warehouse: who waits, and for whom?
\c warehouse
SELECT pid, usename, application_name, state, wait_event_type, wait_event,
       pg_blocking_pids(pid) AS blocked_by, left(query, 70) AS query
FROM pg_stat_activity
WHERE datname = 'warehouse' AND pid <> pg_backend_pid()
ORDER BY backend_start;
-- Blocked by pid 0? No backend holds these locks. Who does, according to the lock table?
SELECT l.locktype, l.relation::regclass AS relation, l.mode, l.granted, l.pid,
       l.virtualtransaction, l.transactionid
FROM pg_locks AS l
WHERE l.database = (SELECT oid FROM pg_database WHERE datname = 'warehouse') AND l.pid IS NULL
   OR (l.locktype = 'transactionid' AND NOT l.granted)
ORDER BY l.granted, l.virtualtransaction;
