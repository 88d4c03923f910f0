-- End the console transaction the writers wait for, and only that one. Cancelling does
-- nothing to an idle session: there is no statement to cancel. Terminating rolls back its
-- (empty) edit and frees the rows; the 5 s argument waits until the backend is gone.
\c billing
SELECT h.pid, h.application_name, h.state, pg_terminate_backend(h.pid, 5000) AS terminated
FROM pg_stat_activity AS h
WHERE h.application_name = 'ops_console'
  AND h.state LIKE 'idle in transaction%'
  AND h.pid IN (SELECT unnest(pg_blocking_pids(w.pid)) FROM pg_stat_activity AS w
                WHERE w.datname = 'billing');
