-- Another expert: reads the lock table, guards the console first (scoped to billing, where
-- the console works), then ends the transaction whose id the writers wait for.
\c billing
SELECT l.pid, a.application_name, a.state, l.locktype, l.mode, l.granted, l.transactionid,
       left(a.query, 60) AS query
FROM pg_locks AS l
JOIN pg_stat_activity AS a USING (pid)
WHERE a.datname = 'billing' AND l.pid <> pg_backend_pid()
  AND l.locktype IN ('transactionid', 'tuple', 'relation')
ORDER BY l.granted, l.pid;
ALTER ROLE ops IN DATABASE billing SET idle_in_transaction_session_timeout = '2min';
-- The holder of the transaction id that someone is refused.
SELECT a.pid, a.application_name, a.state, pg_terminate_backend(a.pid, 5000) AS terminated
FROM pg_locks AS held
JOIN pg_stat_activity AS a ON a.pid = held.pid
WHERE held.locktype = 'transactionid' AND held.granted AND held.mode = 'ExclusiveLock'
  AND held.transactionid IN (SELECT transactionid FROM pg_locks
                             WHERE locktype = 'transactionid' AND NOT granted);
\score
