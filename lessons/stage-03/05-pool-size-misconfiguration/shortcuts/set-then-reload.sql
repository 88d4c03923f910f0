-- "Set it, then reload so it sticks": RELOAD reads pgbouncer.ini again, which still says 2.
\c pgbouncer
SET default_pool_size = 20;
RELOAD;
SHOW DATABASES;
-- PgBouncer closes the server connections above the pool size again (its janitor); wait for that.
\c app_db - server
DO $$
BEGIN
    FOR i IN 1..300 LOOP
        PERFORM pg_stat_clear_snapshot();
        EXIT WHEN (SELECT count(*) FROM pg_stat_activity WHERE datname = 'app_db' AND usename = 'app_user') <= 2;
        PERFORM pg_sleep(0.02);
    END LOOP;
END $$;
