\c app_db
SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE application_name = 'export';
DO $$
BEGIN
    FOR i IN 1..100 LOOP
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_locks WHERE relation = 'orders'::regclass AND NOT granted);
        PERFORM pg_sleep(0.05);
    END LOOP;
END $$;
