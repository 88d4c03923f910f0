-- Let replica1 fetch what it never received from the WAL archive, and wait for order 4120.
\c app_db - replica1
\files archive
ALTER SYSTEM SET restore_command = 'cp ../../../files/archive/%f %p';
SELECT pg_reload_conf();
DO $$
BEGIN
    FOR i IN 1 .. 300 LOOP
        EXIT WHEN EXISTS (SELECT 1 FROM orders WHERE id = 4120);
        PERFORM pg_sleep(0.05);
    END LOOP;
END
$$;
SELECT max(id) AS last_order, count(*) FILTER (WHERE id > 4000) AS since_0250 FROM orders;
