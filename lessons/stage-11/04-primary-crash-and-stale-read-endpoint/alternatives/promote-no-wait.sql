\c app_db - replica1
SELECT pg_promote(wait => false);
-- The runbook's own wait: poll until recovery has ended (at most 10 s).
DO $$
BEGIN
    FOR i IN 1 .. 200 LOOP
        EXIT WHEN NOT pg_is_in_recovery();
        PERFORM pg_sleep(0.05);
    END LOOP;
END
$$;
SELECT pg_is_in_recovery();
