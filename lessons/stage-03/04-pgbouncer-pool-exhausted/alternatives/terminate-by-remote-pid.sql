-- Terminate the backends the pooler's server connections point at (remote_pid), checked
-- against pg_stat_activity: only the idle-in-transaction ones the stuck worker holds.
\c app_db - server
SELECT pid, pg_terminate_backend(pid)
FROM pg_stat_activity
WHERE usename = 'app_user' AND datname = 'app_db' AND state = 'idle in transaction'
  AND application_name = 'invoice-sync';
