-- End the report replay is waiting for; replay then applies what it holds.
\c app_db - replica1
SELECT pid, pg_cancel_backend(pid) AS cancelled
FROM pg_stat_activity
WHERE application_name = 'analytics' AND state = 'active';
DO $$
BEGIN
    FOR i IN 1..100 LOOP
        EXIT WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn();
        PERFORM pg_sleep(0.05);
    END LOOP;
END $$;
SELECT pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn()) AS behind_bytes;
