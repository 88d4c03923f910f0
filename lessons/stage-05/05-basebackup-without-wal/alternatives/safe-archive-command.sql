\c app_db
-- The documented safe form: never overwrite a segment already in the archive.
ALTER SYSTEM SET archive_command = 'test ! -f ../files/archive/%f && cp %p ../files/archive/%f';
SELECT pg_reload_conf();
SELECT pg_switch_wal();
DO $$
BEGIN
    FOR i IN 1..200 LOOP
        PERFORM pg_stat_clear_snapshot();
        EXIT WHEN (SELECT last_archived_wal IS NOT NULL FROM pg_stat_archiver);
        PERFORM pg_sleep(0.05);
    END LOOP;
END
$$;
