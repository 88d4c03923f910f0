-- SHORTCUT: "the replica lags, its slot must be holding the WAL": cut it and drop its slot.
\c app_db - primary
DO $$
BEGIN
    FOR i IN 1 .. 100 LOOP
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_replication_slots WHERE slot_name = 'replica1_slot');
        PERFORM pg_terminate_backend(active_pid, 2000) FROM pg_replication_slots WHERE slot_name = 'replica1_slot' AND active;
        BEGIN
            PERFORM pg_drop_replication_slot('replica1_slot');
        EXCEPTION WHEN object_in_use THEN
            PERFORM pg_sleep(0.01);
        END;
    END LOOP;
END
$$;
