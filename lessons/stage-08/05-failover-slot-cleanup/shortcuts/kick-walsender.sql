-- SHORTCUT: "reset replication": terminate the standby's walsender, wait until it is back.
\c app_db - primary
SELECT pg_terminate_backend(pid, 2000) FROM pg_stat_replication WHERE application_name = 'replica1';
DO $$
BEGIN
    FOR i IN 1 .. 400 LOOP
        EXIT WHEN EXISTS (SELECT 1 FROM pg_stat_replication WHERE application_name = 'replica1' AND state = 'streaming');
        PERFORM pg_sleep(0.05);
        PERFORM pg_stat_clear_snapshot();
    END LOOP;
END
$$;
