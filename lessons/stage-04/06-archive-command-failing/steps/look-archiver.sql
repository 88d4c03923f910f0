-- Is the archiver keeping up? Its counters, and the segments waiting in archive_status.
\c app_db
SELECT archived_count, last_archived_wal, failed_count, last_failed_wal FROM pg_stat_archiver;
SELECT name, size FROM pg_ls_archive_statusdir() /* archive_status */ ORDER BY name;
