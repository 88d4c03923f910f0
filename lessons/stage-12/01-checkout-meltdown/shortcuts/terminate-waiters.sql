-- RECKLESS: "kill whatever is stuck on a lock": the reservation workers, which were waiting,
-- not holding. Their reservations fail; the stock sync still holds the row.
\c shop - server
SELECT pid, application_name, pg_terminate_backend(pid) AS terminated
FROM pg_stat_activity
WHERE datname = 'shop' AND wait_event_type = 'Lock';
DO $$
BEGIN
    FOR i IN 1..200 LOOP
        PERFORM pg_stat_clear_snapshot();
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE application_name = 'reservation-worker');
        PERFORM pg_sleep(0.05);
    END LOOP;
END $$;
