-- End the report's session, then keep such conflicts from arising: with feedback the primary's
-- vacuum leaves the rows the replica's queries still see, and a bounded delay stays as backstop.
\c app_db - replica1
SELECT pid, pg_terminate_backend(pid) AS terminated
FROM pg_stat_activity
WHERE application_name = 'analytics';
ALTER SYSTEM SET hot_standby_feedback = on;
ALTER SYSTEM SET max_standby_streaming_delay = '5min';
SELECT pg_reload_conf();
DO $$
BEGIN
    FOR i IN 1..100 LOOP
        EXIT WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn();
        PERFORM pg_sleep(0.05);
    END LOOP;
END $$;
