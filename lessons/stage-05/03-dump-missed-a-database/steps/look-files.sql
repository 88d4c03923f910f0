-- What did last night's run leave behind?
\c app_db
\files backups
SELECT started_at, datname, status, bytes FROM ops.backup_runs ORDER BY started_at DESC LIMIT 6;
