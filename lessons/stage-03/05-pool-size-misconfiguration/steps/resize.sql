-- Put the pool back to its production size, in pgbouncer.ini, and reload (runbook PGB-3).
\c app_db - server
\action pgbouncer-set default_pool_size 20
\c pgbouncer
SHOW POOLS;
