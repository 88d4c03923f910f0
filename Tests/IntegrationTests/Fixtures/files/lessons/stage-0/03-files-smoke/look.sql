\c app_db
\files backups
