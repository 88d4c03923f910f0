-- SHORTCUT: cancel the picks and the delivery that wait (the floor redoes them by hand).
\c warehouse
SELECT pid, application_name, pg_cancel_backend(pid) AS cancelled
FROM pg_stat_activity WHERE datname = 'warehouse' AND wait_event_type = 'Lock';
DO $$
BEGIN
    FOR i IN 1..250 LOOP
        PERFORM pg_stat_clear_snapshot();
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_stat_activity
                              WHERE datname = 'warehouse' AND wait_event_type = 'Lock');
        PERFORM pg_sleep(0.02);
    END LOOP;
END
$$;
