-- "Make sure it never happens again": a pool far larger than the server accepts.
\c app_db - server
\action pgbouncer-set default_pool_size 200
