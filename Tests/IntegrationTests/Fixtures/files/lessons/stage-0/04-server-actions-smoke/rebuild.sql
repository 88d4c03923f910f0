\c app_db
\action rebuild-replica
