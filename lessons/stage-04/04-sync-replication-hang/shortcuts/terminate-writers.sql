-- "Kill the stuck sessions, the app will retry."
\c app_db - primary
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE wait_event = 'SyncRep';
DO $$
BEGIN
    FOR i IN 1..200 LOOP
        PERFORM pg_stat_clear_snapshot();
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE application_name = 'payments-api');
        PERFORM pg_sleep(0.05);
    END LOOP;
END
$$;
