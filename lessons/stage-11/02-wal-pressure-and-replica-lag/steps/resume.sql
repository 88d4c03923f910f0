\c app_db - replica1
SELECT pg_wal_replay_resume();
DO $$
BEGIN
    FOR i IN 1 .. 200 LOOP
        EXIT WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn();
        PERFORM pg_sleep(0.05);
    END LOOP;
END
$$;
SELECT max(id) AS last_order FROM orders;
