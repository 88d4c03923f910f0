-- Another expert follows the pool's server connections to their backends, then reads the
-- lock graph from pg_locks.
\c pgbouncer
SHOW SERVERS;
SHOW CLIENTS;
\c shop - server
SELECT pid, usename, application_name, state, now() - xact_start AS in_xact, left(query, 60) AS last_query
FROM pg_stat_activity WHERE datname = 'shop' AND usename = 'checkout_svc';
SELECT a.application_name, a.state, l.locktype, l.mode, l.granted, pg_blocking_pids(a.pid) AS blocked_by
FROM pg_locks AS l JOIN pg_stat_activity AS a USING (pid)
WHERE l.relation = 'products'::regclass OR l.locktype IN ('tuple', 'transactionid')
ORDER BY l.granted DESC, a.application_name;
SELECT pid, application_name, state, left(query, 80) AS last_query
FROM pg_stat_activity
WHERE pid IN (SELECT unnest(pg_blocking_pids(pid)) FROM pg_stat_activity WHERE application_name = 'reservation-worker');
