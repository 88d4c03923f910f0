-- SHORTCUT: terminate every session on the replica, the dashboards included.
\c app_db - replica1
SELECT pid, application_name, pg_terminate_backend(pid) AS terminated
FROM pg_stat_activity
WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() AND application_name NOT LIKE 'pgcoach%';
DO $$
BEGIN
    FOR i IN 1..100 LOOP
        EXIT WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn();
        PERFORM pg_sleep(0.05);
    END LOOP;
END $$;
