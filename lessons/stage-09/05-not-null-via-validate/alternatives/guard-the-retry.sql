-- Ends the migration's session, tries VALIDATE to learn what it would hit, backfills the
-- missing regions with a correlated subquery, validates, and gives the migration role a
-- lock_timeout so the deploy's retry of SET NOT NULL gives up instead of stopping the shop.
\c commerce
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'migration_runner';
DO $$
BEGIN
    FOR i IN 1..200 LOOP
        PERFORM pg_stat_clear_snapshot();   -- pg_stat_activity is a per-transaction snapshot
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_locks WHERE NOT granted)
              AND NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE application_name = 'migration_runner');
        PERFORM pg_sleep(0.05);
    END LOOP;
END $$;
ALTER TABLE orders VALIDATE CONSTRAINT orders_region_present;
UPDATE orders SET region = (SELECT c.region FROM customers AS c WHERE c.id = orders.customer_id)
WHERE region IS NULL;
ALTER TABLE orders VALIDATE CONSTRAINT orders_region_present;
ALTER ROLE migration_owner SET lock_timeout = '5s';
\score
