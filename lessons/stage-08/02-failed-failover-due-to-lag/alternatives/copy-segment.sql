-- Put the archived segment where replay looks for it: replica1's own pg_wal.
\c app_db - replica1
COPY (SELECT 1) TO PROGRAM 'cat > /dev/null; cp ../../../files/archive/000000010000000000000004 pg_wal/';
DO $$
BEGIN
    FOR i IN 1 .. 300 LOOP
        EXIT WHEN EXISTS (SELECT 1 FROM orders WHERE id = 4120);
        PERFORM pg_sleep(0.05);
    END LOOP;
END
$$;
SELECT max(id) AS last_order FROM orders;
