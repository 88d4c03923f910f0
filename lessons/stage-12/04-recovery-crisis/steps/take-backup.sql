-- Run the job now and prove each dump reads back; the old dumps stay.
\c app_db
\action nightly-backup
\action verify-backups
\files backups
