-- Keep OPS-412's per-host layout and create the directory it forgot (as the server's account).
\c app_db
COPY (SELECT 1) TO PROGRAM 'mkdir -p ../files/archive/pg-main-01';
SELECT pg_reload_conf();
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
\files archive
