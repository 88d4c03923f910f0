-- RECKLESS: "free the connections": terminate every client session but our own,
-- storefront and payment worker included.
\c commerce
SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() AND usename <> 'oncall_dba'
  AND application_name NOT LIKE 'pgcoach%';
DO $$
BEGIN
    FOR i IN 1..200 LOOP
        PERFORM pg_stat_clear_snapshot();   -- pg_stat_activity is a per-transaction snapshot
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_stat_activity
                              WHERE application_name IN ('checkout_retry', 'storefront', 'payments_worker'));
        PERFORM pg_sleep(0.05);
    END LOOP;
END $$;
