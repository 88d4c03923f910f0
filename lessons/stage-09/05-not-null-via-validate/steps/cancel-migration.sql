-- The migration is the head of the queue and has no lock_timeout: cancel its statement
-- (it runs in its own implicit transaction, so nothing else is lost), then wait until the
-- queue behind it has drained.
\c commerce
SELECT pid, pg_cancel_backend(pid) AS cancelled
FROM pg_stat_activity
WHERE datname = 'commerce' AND application_name = 'migration_runner'
  AND wait_event_type = 'Lock';
DO $$
BEGIN
    FOR i IN 1..200 LOOP
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_locks WHERE NOT granted);
        PERFORM pg_sleep(0.05);
    END LOOP;
END $$;
SELECT count(*) AS still_waiting FROM pg_locks WHERE NOT granted;
