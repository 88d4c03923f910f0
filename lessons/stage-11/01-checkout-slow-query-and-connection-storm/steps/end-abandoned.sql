-- The abandoned attempts: checkout_retry connections idle in a transaction nobody will
-- finish. Terminate exactly those (cancel does nothing to an idle session) and wait until
-- they are gone.
\c commerce
SELECT pid, state, pg_terminate_backend(pid) AS terminated
FROM pg_stat_activity
WHERE application_name = 'checkout_retry' AND usename = 'checkout_svc'
  AND state = 'idle in transaction';
DO $$
BEGIN
    FOR i IN 1..200 LOOP
        PERFORM pg_stat_clear_snapshot();   -- pg_stat_activity is a per-transaction snapshot
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_stat_activity
                              WHERE application_name = 'checkout_retry' AND state = 'idle in transaction');
        PERFORM pg_sleep(0.05);
    END LOOP;
END $$;
SELECT count(*) AS checkout_retry_left FROM pg_stat_activity WHERE application_name = 'checkout_retry';
