-- RECKLESS: "the export is in the way and the check is what breaks": end the export, take
-- the migration down, and drop the release's constraint so nothing complains.
\c commerce
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'finance_report';
SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE application_name = 'migration_runner';
DO $$
BEGIN
    FOR i IN 1..200 LOOP
        PERFORM pg_stat_clear_snapshot();   -- pg_stat_activity is a per-transaction snapshot
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_locks WHERE NOT granted)
              AND NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE application_name = 'finance_report');
        PERFORM pg_sleep(0.05);
    END LOOP;
END $$;
ALTER TABLE orders DROP CONSTRAINT orders_region_present;
\score
