-- The runbook's reseed: a fresh copy of replica1 starts replaying from scratch.
\c app_db - primary
\action reseed-replica1
DO $$
BEGIN
    FOR i IN 1..300 LOOP
        PERFORM pg_stat_clear_snapshot();
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE wait_event = 'SyncRep');
        PERFORM pg_sleep(0.05);
    END LOOP;
END
$$;
