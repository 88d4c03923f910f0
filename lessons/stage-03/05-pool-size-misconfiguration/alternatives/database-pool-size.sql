-- Size app_db's own pool (its line in [databases]) instead of the default for every database.
\c app_db - server
\action pgbouncer-set app_db.pool_size 20
