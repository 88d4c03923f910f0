\c app_db
SELECT count(*) FROM t;
\action base-backup
\action verify
SELECT pg_create_restore_point('before_cleanup') IS NOT NULL AS marked;
DELETE FROM t;
DO $$
DECLARE
    segment text := pg_walfile_name(pg_switch_wal());
BEGIN
    FOR i IN 1..200 LOOP
        PERFORM pg_stat_clear_snapshot();
        EXIT WHEN (SELECT coalesce(last_archived_wal, '') FROM pg_stat_archiver) >= segment;
        PERFORM pg_sleep(0.05);
    END LOOP;
END
$$;
\action restore-target
\c app_db - restore_target
SELECT count(*) AS restored_rows FROM t;
\c app_db - primary
