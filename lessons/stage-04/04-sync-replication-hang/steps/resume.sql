-- Let replica1 apply WAL again, then watch the waiting commits drain on the primary.
\c app_db - replica1
SELECT pg_wal_replay_resume();
\c app_db - primary
DO $$
BEGIN
    FOR i IN 1..200 LOOP
        PERFORM pg_stat_clear_snapshot();
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE wait_event = 'SyncRep');
        PERFORM pg_sleep(0.05);
    END LOOP;
END
$$;
SELECT count(*) FILTER (WHERE wait_event = 'SyncRep') AS still_waiting FROM pg_stat_activity;
