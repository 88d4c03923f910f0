-- HURRIED: "the pool is too small": grow it on the console. The queue drains for now; the
-- abandoned attempts keep their connections and the next retries fill the new ones.
\c pgbouncer
SET default_pool_size = 20;
SHOW POOLS;
