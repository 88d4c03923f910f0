-- End the stock sync's stalled transaction (its update rolls back; the sync retries), never
-- the reservations queued behind it. Wait until the reservations have gone through.
\c shop - server
SELECT pid, application_name, state, pg_terminate_backend(pid) AS terminated
FROM pg_stat_activity
WHERE application_name = 'warehouse-stock-sync' AND state = 'idle in transaction';
DO $$
BEGIN
    FOR i IN 1..200 LOOP
        PERFORM pg_stat_clear_snapshot();   -- pg_stat_activity is a per-transaction snapshot
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_stat_activity
                              WHERE application_name IN ('warehouse-stock-sync', 'reservation-worker')
                                AND state <> 'idle');
        PERFORM pg_sleep(0.05);
    END LOOP;
END $$;
SELECT sku, stock FROM products WHERE sku = 'DEAL-4K-TV';
