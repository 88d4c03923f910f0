\c app_db - primary
SELECT pg_terminate_backend(pid) FROM pg_stat_activity
WHERE application_name = 'payment-webhooks' AND pid <> pg_backend_pid();
-- wait until they are gone
DO $$
BEGIN
    FOR i IN 1 .. 200 LOOP
        PERFORM pg_stat_clear_snapshot();
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE application_name = 'payment-webhooks');
        PERFORM pg_sleep(0.05);
    END LOOP;
END
$$;
