-- Ends the abandoned transactions by role and state, gives the checkout role (only it) an
-- idle-in-transaction timeout so the next abandoned attempt frees itself, and indexes only
-- the open carts: a small partial index the lookup matches exactly.
\c commerce
SELECT count(pg_terminate_backend(pid)) AS ended FROM pg_stat_activity
WHERE usename = 'checkout_svc' AND state = 'idle in transaction';
DO $$
BEGIN
    FOR i IN 1..200 LOOP
        PERFORM pg_stat_clear_snapshot();   -- pg_stat_activity is a per-transaction snapshot
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_stat_activity
                              WHERE usename = 'checkout_svc' AND state = 'idle in transaction');
        PERFORM pg_sleep(0.05);
    END LOOP;
END $$;
ALTER ROLE checkout_svc SET idle_in_transaction_session_timeout = '10s';
CREATE INDEX CONCURRENTLY orders_open_carts_idx ON orders (customer_id, created_at DESC) WHERE status = 'cart';
\score
