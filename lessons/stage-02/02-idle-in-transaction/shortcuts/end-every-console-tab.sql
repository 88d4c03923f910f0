-- SHORTCUT: "idle in transaction from the console again": terminate every console tab that
-- is idle in a transaction, the one that blocks nothing included.
\c billing
SELECT pid, application_name, pg_terminate_backend(pid, 5000) AS terminated
FROM pg_stat_activity
WHERE application_name = 'ops_console' AND state LIKE 'idle in transaction%';
