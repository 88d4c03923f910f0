\c app_db
\action nightly-base-backup
