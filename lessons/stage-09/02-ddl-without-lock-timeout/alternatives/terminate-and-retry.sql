-- Another expert: walks the lock table, terminates the migration's connection, scopes the
-- timeout to shop only, and proves that a guarded retry now fails fast instead of queueing.
\c shop
SELECT w.pid AS waiting_pid, wa.application_name AS waiting_app, w.mode AS wants,
       h.pid AS holder_pid, ha.application_name AS holder_app, ha.state AS holder_state
FROM pg_locks AS w
JOIN pg_stat_activity AS wa ON wa.pid = w.pid
JOIN pg_locks AS h ON h.relation = w.relation AND h.granted AND h.pid <> w.pid
JOIN pg_stat_activity AS ha ON ha.pid = h.pid
WHERE NOT w.granted AND w.relation = 'orders'::regclass;
SELECT pid, pg_blocking_pids(pid) AS blocked_by, application_name FROM pg_stat_activity
WHERE application_name IN ('migration_runner', 'nightly_export');
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'migration_runner';
SELECT pg_sleep(0.2);
ALTER ROLE migration_owner IN DATABASE shop SET lock_timeout = '2s';
-- A retry as the migration would run it: gives up after the timeout, the shop keeps going.
SET ROLE migration_owner;
SET lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN gift_message text;
RESET lock_timeout;
RESET ROLE;
\score
