-- Close the renderer's leaked connections: plain idle, role report_worker. The quarterly close
-- is active (waiting on finance) and the storefront's pool is another role: both stay.
-- Signal them all at once, then wait until they have exited (pg_terminate_backend(pid, 5000)
-- would wait 100 ms for each of the 23 in turn).
\c retail
SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) AS closed
FROM pg_stat_activity
WHERE usename = 'report_worker' AND application_name = 'report-renderer' AND state = 'idle';
DO $$
BEGIN
    FOR i IN 1..250 LOOP
        PERFORM pg_stat_clear_snapshot();
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_stat_activity
                              WHERE usename = 'report_worker' AND application_name = 'report-renderer'
                                AND state = 'idle');
        PERFORM pg_sleep(0.02);
    END LOOP;
END
$$;
