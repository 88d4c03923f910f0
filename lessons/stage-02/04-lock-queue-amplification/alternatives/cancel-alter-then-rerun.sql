-- Another expert: relief first. Cancelling the queued ALTER (it has changed nothing yet)
-- lets the storefront's eleven requests through at once. Then the root, then the release
-- again under a lock_timeout, and the migration role keeps one for the next deploy.
\c shop
SELECT pid, application_name, pg_cancel_backend(pid) AS cancelled
FROM pg_stat_activity
WHERE application_name = 'migration_runner' AND wait_event_type = 'Lock';
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
SELECT pid, application_name, pg_terminate_backend(pid, 5000) AS terminated
FROM pg_stat_activity
WHERE application_name = 'batch_export' AND state LIKE 'idle in transaction%';
ALTER ROLE migration_owner IN DATABASE shop SET lock_timeout = '3s';
BEGIN;
SET LOCAL lock_timeout = '3s';
ALTER TABLE orders ADD COLUMN IF NOT EXISTS gift_message text;
COMMIT;
\d orders
\score
