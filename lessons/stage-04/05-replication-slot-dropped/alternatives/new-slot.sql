-- A new slot for replica1, and replica1 pointed at it (primary_slot_name is reloadable).
\c app_db - primary
SELECT pg_create_physical_replication_slot('replica1_slot_v2', true);
\c app_db - replica1
ALTER SYSTEM SET primary_slot_name = 'replica1_slot_v2';
SELECT pg_reload_conf();
\c app_db - primary
DO $$
BEGIN
    FOR i IN 1 .. 400 LOOP
        EXIT WHEN EXISTS (SELECT 1 FROM pg_stat_replication WHERE application_name = 'replica1' AND state = 'streaming');
        PERFORM pg_sleep(0.05);
        PERFORM pg_stat_clear_snapshot();
    END LOOP;
END
$$;
SELECT slot_name, active FROM pg_replication_slots;
