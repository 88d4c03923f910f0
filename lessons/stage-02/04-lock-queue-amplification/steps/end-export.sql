-- End the root: the export's transaction, idle since its upload hung. The ALTER then takes
-- its lock for a moment, adds the column, and the queue drains behind it. The 5 s argument
-- waits until the export's backend is gone.
\c shop
SELECT pid, application_name, state, pg_terminate_backend(pid, 5000) AS terminated
FROM pg_stat_activity
WHERE datname = 'shop' AND application_name = 'batch_export'
  AND state LIKE 'idle in transaction%'
  AND pid IN (SELECT unnest(pg_blocking_pids(pid)) FROM pg_stat_activity
              WHERE application_name = 'migration_runner');
