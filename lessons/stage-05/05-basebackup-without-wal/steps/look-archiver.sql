\c app_db
SELECT archived_count, last_archived_wal, failed_count, last_failed_wal, current_setting('archive_command') AS archive_command
FROM pg_stat_archiver;
\log 5 archive
\files
