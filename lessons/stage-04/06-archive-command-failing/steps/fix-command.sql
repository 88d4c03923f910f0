-- Point archive_command back at the archive volume, reload, and wait for the backlog to drain.
\c app_db
ALTER SYSTEM SET archive_command = 'test ! -f ../files/archive/%f && cp %p ../files/archive/%f';
SELECT pg_reload_conf();
SELECT txid_current() IS NOT NULL AS wrote_wal;
SELECT pg_walfile_name(pg_switch_wal()) AS switched_from;
DO $$
BEGIN
    FOR i IN 1..120 LOOP
        PERFORM pg_stat_clear_snapshot();
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_ls_archive_statusdir() WHERE name LIKE '%.ready')
              AND (SELECT last_archived_time > coalesce(last_failed_time, '-infinity') FROM pg_stat_archiver);
        PERFORM pg_sleep(0.05);
    END LOOP;
END
$$;
DO $$
BEGIN
    FOR i IN 1..120 LOOP
        PERFORM pg_stat_clear_snapshot();
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_ls_archive_statusdir() WHERE name LIKE '%.ready')
              AND (SELECT last_archived_time > coalesce(last_failed_time, '-infinity') FROM pg_stat_archiver);
        PERFORM pg_sleep(0.05);
    END LOOP;
END
$$;
DO $$
BEGIN
    FOR i IN 1..120 LOOP
        PERFORM pg_stat_clear_snapshot();
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_ls_archive_statusdir() WHERE name LIKE '%.ready')
              AND (SELECT last_archived_time > coalesce(last_failed_time, '-infinity') FROM pg_stat_archiver);
        PERFORM pg_sleep(0.05);
    END LOOP;
END
$$;
SELECT archived_count, last_archived_wal, failed_count FROM pg_stat_archiver;
\files archive
