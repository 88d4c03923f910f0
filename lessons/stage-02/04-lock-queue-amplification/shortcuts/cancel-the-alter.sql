-- HURRIED: asks only who blocks the storefront, sees the deploy's ALTER, and cancels it.
-- The storefront recovers; the export keeps its transaction and the release is not shipped.
\c shop
SELECT w.pid, w.application_name, w.wait_event_type, pg_blocking_pids(w.pid) AS blocked_by,
       b.application_name AS blocker, left(b.query, 60) AS blocker_query
FROM pg_stat_activity AS w
JOIN pg_stat_activity AS b ON b.pid = ANY (pg_blocking_pids(w.pid))
WHERE w.application_name IN ('storefront', 'checkout');
SELECT pid, pg_cancel_backend(pid) AS cancelled
FROM pg_stat_activity WHERE application_name = 'migration_runner' AND wait_event_type = 'Lock';
-- Wait until the storefront's queue has drained.
DO $$
BEGIN
    FOR i IN 1..250 LOOP
        PERFORM pg_stat_clear_snapshot();
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_stat_activity
                              WHERE datname = 'shop' AND wait_event_type = 'Lock');
        PERFORM pg_sleep(0.02);
    END LOOP;
END
$$;
