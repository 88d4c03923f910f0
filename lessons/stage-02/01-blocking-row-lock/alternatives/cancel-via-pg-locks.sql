-- Another expert: reads the lock table, then cancels the blocker's running statement
-- instead of killing its connection. Cancelling a statement inside a transaction block
-- aborts the whole transaction, so its row lock goes with it; then a per-role statement
-- timeout so the billing job can never sit on a row this long again.
\c app_db
SELECT l.pid, a.application_name, a.state, l.locktype, l.mode, l.granted,
       pg_blocking_pids(l.pid) AS blocked_by
FROM pg_locks AS l
JOIN pg_stat_activity AS a USING (pid)
WHERE a.datname = 'app_db' AND l.pid <> pg_backend_pid()
ORDER BY l.granted, l.pid;
SELECT pid, application_name, pg_cancel_backend(pid) AS cancelled
FROM pg_stat_activity
WHERE application_name = 'billing_job' AND state = 'active';
SELECT pg_sleep(0.2);
ALTER ROLE billing_worker SET idle_in_transaction_session_timeout = '60s';
ALTER ROLE billing_worker SET statement_timeout = '5min';
SELECT application_name, state FROM pg_stat_activity WHERE application_name IN ('billing_job', 'payments_api');
\score
