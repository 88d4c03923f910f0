-- What do the backups hold, and what does production hold?
\c app_db
\files backups
SELECT started_at, datname, status, bytes FROM ops.backup_runs ORDER BY started_at DESC LIMIT 4;
SELECT datname, added_at, ticket FROM ops.backup_targets ORDER BY datname;
SELECT datname, pg_get_userbyid(datdba) AS owner FROM pg_database WHERE NOT datistemplate ORDER BY datname;
