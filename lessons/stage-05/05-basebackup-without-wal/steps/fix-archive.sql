\c app_db
ALTER SYSTEM SET archive_command = 'cp %p ../files/archive/%f';
SELECT pg_reload_conf();
DO $$
BEGIN
    FOR i IN 1..200 LOOP
        PERFORM pg_stat_clear_snapshot();
        EXIT WHEN (SELECT last_archived_wal IS NOT NULL FROM pg_stat_archiver);
        PERFORM pg_sleep(0.05);
    END LOOP;
END
$$;
SELECT archived_count, last_archived_wal, failed_count FROM pg_stat_archiver;
