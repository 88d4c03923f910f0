-- Another expert reads pg_locks for orders, waiting and granted side by side.
\c commerce
SELECT l.pid, a.application_name, a.state, l.mode, l.granted
FROM pg_locks AS l JOIN pg_stat_activity AS a USING (pid)
WHERE l.locktype = 'relation' AND l.relation = 'orders'::regclass
ORDER BY l.granted DESC, l.pid;
SELECT pid, application_name, state FROM pg_stat_activity
WHERE pid = ANY (pg_blocking_pids((SELECT pid FROM pg_stat_activity WHERE application_name = 'migration_runner')));
