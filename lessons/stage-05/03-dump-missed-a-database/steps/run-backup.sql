-- Run the job now, then prove the dumps restore.
\c app_db
\action nightly-backup
\action verify-backups
\files backups
