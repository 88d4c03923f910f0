\c app_db
\files backups
\action verify-base-backups
\action restore-drill
