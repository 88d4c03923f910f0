\c pgbouncer
SHOW POOLS;
