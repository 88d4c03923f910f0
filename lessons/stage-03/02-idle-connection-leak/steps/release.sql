-- Close the renderer's leaked connections: plain idle, role report_worker. The quarterly close
-- is active (waiting on finance) and the storefront's pool is another role: both stay.
-- pg_terminate_backend(pid, 5000) returns once the backend has exited.
\c retail
SELECT count(*) FILTER (WHERE pg_terminate_backend(pid, 5000)) AS closed
FROM pg_stat_activity
WHERE usename = 'report_worker' AND application_name = 'report-renderer' AND state = 'idle';
