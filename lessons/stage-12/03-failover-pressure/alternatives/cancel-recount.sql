-- Cancel the recount's statement: its transaction rolls back, its row locks go, the job
-- runner keeps its connection.
\c app_db - primary
SELECT pid, pg_cancel_backend(pid) AS cancelled
FROM pg_stat_activity
WHERE datname = 'app_db' AND usename = 'inventory_job' AND wait_event = 'PgSleep';
-- Wait until the queued reservations are through.
DO $$
BEGIN
    FOR i IN 1..100 LOOP
        PERFORM pg_stat_clear_snapshot();
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE datname = 'app_db' AND wait_event_type = 'Lock');
        PERFORM pg_sleep(0.05);
    END LOOP;
END $$;
SELECT application_name, state, wait_event_type FROM pg_stat_activity WHERE datname = 'app_db' AND pid <> pg_backend_pid();
