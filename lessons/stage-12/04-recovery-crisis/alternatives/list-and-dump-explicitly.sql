-- Select by what a database is, not by a hand-kept list: the job's table becomes a view over
-- pg_database (the old list is kept beside it); then dump the two databases by name.
\c app_db
ALTER TABLE ops.backup_targets RENAME TO backup_targets_manual;
CREATE VIEW ops.backup_targets AS
    SELECT datname FROM pg_database
    WHERE NOT datistemplate AND datallowconn AND datname <> 'postgres';
SELECT * FROM ops.backup_targets ORDER BY 1;
\action nightly-backup app_db billing_db
\action verify-backups
