-- Dump the two databases by name now; the job's list stays as it was (tonight it skips
-- billing_db again).
\c app_db
\action nightly-backup app_db billing_db
\action verify-backups
