-- SHORTCUT: "slots fill the disk": cut every walsender and drop every slot, retrying until
-- the slots are gone (a standby reconnects at once).
\c app_db - primary
DO $$
DECLARE s record;
BEGIN
    FOR i IN 1 .. 100 LOOP
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_replication_slots);
        FOR s IN SELECT slot_name, active_pid FROM pg_replication_slots LOOP
            IF s.active_pid IS NOT NULL THEN
                PERFORM pg_terminate_backend(s.active_pid, 2000);
            END IF;
            BEGIN
                PERFORM pg_drop_replication_slot(s.slot_name);
            EXCEPTION WHEN object_in_use OR undefined_object THEN
                PERFORM pg_sleep(0.01);
            END;
        END LOOP;
    END LOOP;
END
$$;
SELECT count(*) AS slots_left FROM pg_replication_slots;
