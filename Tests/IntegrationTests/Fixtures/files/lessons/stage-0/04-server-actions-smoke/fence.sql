\c app_db
\action fence-replica
