-- The renderer only ever connects to retail: scope the timeout to that role in that
-- database, set it first so a reconnecting renderer already gets it, then close the idle
-- connections one by one.
\c retail
ALTER ROLE report_worker IN DATABASE retail SET idle_session_timeout = '10min';
SELECT pid, backend_start, state_change, pg_terminate_backend(pid) AS closed
FROM pg_stat_activity
WHERE usename = 'report_worker' AND state = 'idle'
ORDER BY backend_start;
DO $$
BEGIN
    FOR i IN 1..250 LOOP
        PERFORM pg_stat_clear_snapshot();
        EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE usename = 'report_worker' AND state = 'idle');
        PERFORM pg_sleep(0.02);
    END LOOP;
END
$$;
