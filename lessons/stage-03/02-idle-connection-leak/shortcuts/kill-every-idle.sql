-- "Idle connections are waste: close them all (and anything of the renderer's)."
\c retail
SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) AS closed
FROM pg_stat_activity
WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()
  AND (state = 'idle' OR usename = 'report_worker');
-- Until the renderer's and the storefront's backends have exited.
DO $$
BEGIN
    FOR i IN 1..250 LOOP
        PERFORM pg_stat_clear_snapshot();
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_stat_activity
                              WHERE usename = 'report_worker'
                                 OR (application_name = 'storefront' AND state = 'idle'));
        PERFORM pg_sleep(0.02);
    END LOOP;
END
$$;
