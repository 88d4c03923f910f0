-- "Commits hang on the replica: stop waiting for it."
\c app_db - primary
ALTER SYSTEM SET synchronous_standby_names = '';
SELECT pg_reload_conf();
DO $$
BEGIN
    FOR i IN 1..200 LOOP
        PERFORM pg_stat_clear_snapshot();
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE wait_event = 'SyncRep');
        PERFORM pg_sleep(0.05);
    END LOOP;
END
$$;
