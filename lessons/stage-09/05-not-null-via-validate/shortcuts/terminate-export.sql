-- SHORTCUT: the export is the root of the queue, so end it. Finance loses the quarter-close
-- run and has to start it over.
\c commerce
SELECT pid, pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'finance_report';
DO $$
BEGIN
    FOR i IN 1..200 LOOP
        PERFORM pg_stat_clear_snapshot();   -- pg_stat_activity is a per-transaction snapshot
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE application_name = 'finance_report');
        PERFORM pg_sleep(0.05);
    END LOOP;
END $$;
