-- Ends the root of the lock tree (a blocker that waits for nobody), then every checkout_svc
-- backend idle in a transaction, and gives both roles an idle-in-transaction timeout so the
-- next stalled transaction frees itself (for those roles only, new sessions).
\c shop - server
SELECT pid, application_name, pg_terminate_backend(pid) AS terminated
FROM pg_stat_activity
WHERE pid IN (SELECT unnest(pg_blocking_pids(pid)) FROM pg_stat_activity WHERE datname = 'shop')
  AND cardinality(pg_blocking_pids(pid)) = 0
  AND state = 'idle in transaction';
SELECT count(pg_terminate_backend(pid)) AS ended FROM pg_stat_activity
WHERE usename = 'checkout_svc' AND state = 'idle in transaction';
DO $$
BEGIN
    FOR i IN 1..200 LOOP
        PERFORM pg_stat_clear_snapshot();
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_stat_activity
                              WHERE usename IN ('checkout_svc', 'orders_worker', 'inventory_svc')
                                AND state <> 'idle');
        PERFORM pg_sleep(0.05);
    END LOOP;
END $$;
ALTER ROLE checkout_svc SET idle_in_transaction_session_timeout = '10s';
ALTER ROLE inventory_svc SET idle_in_transaction_session_timeout = '60s';
