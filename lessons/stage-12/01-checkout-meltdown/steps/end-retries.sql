-- The abandoned checkout attempts: checkout-api backends idle in a transaction nobody will
-- finish. Terminate exactly those; PgBouncer hands their server connections to the queue.
\c shop - server
SELECT pid, state, pg_terminate_backend(pid) AS terminated
FROM pg_stat_activity
WHERE application_name = 'checkout-api' AND usename = 'checkout_svc'
  AND state = 'idle in transaction';
DO $$
BEGIN
    FOR i IN 1..200 LOOP
        PERFORM pg_stat_clear_snapshot();
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_stat_activity
                              WHERE usename = 'checkout_svc' AND state <> 'idle');
        PERFORM pg_sleep(0.05);
    END LOOP;
END $$;
SELECT application_name, state, count(*) AS sessions
FROM pg_stat_activity WHERE usename = 'checkout_svc' GROUP BY 1, 2;
