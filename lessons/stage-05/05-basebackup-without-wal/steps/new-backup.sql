\c app_db
\action nightly-base-backup
\action verify-base-backups
