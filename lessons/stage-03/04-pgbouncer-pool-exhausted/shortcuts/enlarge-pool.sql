\c pgbouncer
SET default_pool_size = 20;
SHOW POOLS;
