-- Runbook step 3: the canary must be visible on replica1 in each application database.
\c app_db - replica1
DO $$
BEGIN
    FOR i IN 1..100 LOOP
        EXIT WHEN EXISTS (SELECT 1 FROM ops.failover_canary WHERE marker = 'FO-20261201-0241');
        PERFORM pg_sleep(0.05);
    END LOOP;
END $$;
SELECT marker, written_at FROM ops.failover_canary WHERE marker = 'FO-20261201-0241';
\c billing_db - replica1
SELECT marker, written_at FROM ops.failover_canary WHERE marker = 'FO-20261201-0241';
SELECT pg_is_in_recovery() AS still_standby, pg_is_wal_replay_paused() AS paused;
