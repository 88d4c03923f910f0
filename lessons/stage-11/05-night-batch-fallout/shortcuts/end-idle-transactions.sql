-- "Kill everything idle in transaction", then vacuum.
\c marketplace
SELECT pid, application_name, pg_terminate_backend(pid, 5000) AS terminated
FROM pg_stat_activity
WHERE datname = 'marketplace' AND state LIKE 'idle in transaction%';
VACUUM orders;
