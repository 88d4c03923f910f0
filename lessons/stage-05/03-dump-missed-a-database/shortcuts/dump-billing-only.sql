-- Take the missing dump and call it done; the job's selection stays as it was.
\c app_db
\action nightly-backup billing_db
\action verify-backups
