-- Live on the admin console: takes effect at once (until the next RELOAD or restart re-reads
-- pgbouncer.ini, which must get the same value).
\c pgbouncer
SET default_pool_size = 20;
SHOW POOLS;
