-- Recreate the slot replica1 asks for, reserving WAL at once; its walreceiver retries on its
-- own within a few seconds.
\c app_db - primary
SELECT pg_create_physical_replication_slot('replica1_slot', true);
DO $$
BEGIN
    FOR i IN 1 .. 400 LOOP
        EXIT WHEN EXISTS (SELECT 1 FROM pg_stat_replication WHERE application_name = 'replica1' AND state = 'streaming');
        PERFORM pg_sleep(0.05);
        PERFORM pg_stat_clear_snapshot();
    END LOOP;
END
$$;
SELECT s.slot_name, s.active, r.application_name, r.state
FROM pg_replication_slots AS s LEFT JOIN pg_stat_replication AS r ON r.pid = s.active_pid;
