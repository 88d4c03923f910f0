-- After resuming: wait until replica1 has replayed everything it received, then compare the
-- canary sets with the primary's, database by database.
\c postgres - replica1
DO $$
BEGIN
    FOR i IN 1..100 LOOP
        EXIT WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn();
        PERFORM pg_sleep(0.05);
    END LOOP;
END $$;
SELECT pg_is_in_recovery() AS standby, pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() AS caught_up;
\c app_db - replica1
SELECT count(*) AS canaries, max(marker) FILTER (WHERE marker LIKE 'FO-%') AS tonight FROM ops.failover_canary;
\c billing_db - replica1
SELECT count(*) AS canaries, max(marker) FILTER (WHERE marker LIKE 'FO-%') AS tonight FROM ops.failover_canary;
