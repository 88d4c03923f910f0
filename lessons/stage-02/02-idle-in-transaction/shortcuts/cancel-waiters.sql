-- SHORTCUT: clear the queue by cancelling whatever waits on a lock: the renewal and the
-- webhook fail instead of waiting.
\c billing
SELECT pid, application_name, pg_cancel_backend(pid) AS cancelled
FROM pg_stat_activity
WHERE datname = 'billing' AND wait_event_type = 'Lock';
-- Wait until the cancels have landed.
DO $$
BEGIN
    FOR i IN 1..250 LOOP
        PERFORM pg_stat_clear_snapshot();
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_stat_activity
                              WHERE datname = 'billing' AND wait_event_type = 'Lock');
        PERFORM pg_sleep(0.02);
    END LOOP;
END
$$;
