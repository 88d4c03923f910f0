-- Cancel the three runaway calls (the statements, not the analysts' connections), then wait
-- until none is active any more.
\c marketplace
SELECT pid, application_name, pg_cancel_backend(pid) AS cancelled
FROM pg_stat_activity
WHERE usename = 'analytics' AND state = 'active' AND query ~ 'rebuild_cohorts\(';
DO $$
BEGIN
  FOR i IN 1..200 LOOP
    PERFORM pg_stat_clear_snapshot();
    EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_stat_activity
                          WHERE usename = 'analytics' AND state = 'active'
                            AND query ~ 'rebuild_cohorts\(' AND pid <> pg_backend_pid());
    PERFORM pg_sleep(0.05);
  END LOOP;
END $$;
SELECT pid, application_name, state FROM pg_stat_activity WHERE usename = 'analytics';
