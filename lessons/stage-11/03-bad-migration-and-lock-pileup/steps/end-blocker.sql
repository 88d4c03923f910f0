-- End the stuck migration transaction (idle: only terminate ends it). Its uncommitted index
-- rolls back with it; the queued bookings commit.
\c boxoffice
SELECT pid, application_name, pg_terminate_backend(pid) AS terminated
FROM pg_stat_activity
WHERE datname = 'boxoffice' AND application_name = 'migration_runner'
  AND state = 'idle in transaction';
SELECT pg_sleep(0.2);
