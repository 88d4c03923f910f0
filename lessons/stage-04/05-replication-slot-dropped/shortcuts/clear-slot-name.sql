-- SHORTCUT: "stream without the slot": clear primary_slot_name on replica1.
\c app_db - replica1
ALTER SYSTEM SET primary_slot_name = '';
SELECT pg_reload_conf();
DO $$
BEGIN
    FOR i IN 1 .. 400 LOOP
        EXIT WHEN EXISTS (SELECT 1 FROM pg_stat_wal_receiver WHERE status = 'streaming');
        PERFORM pg_sleep(0.05);
    END LOOP;
END
$$;
