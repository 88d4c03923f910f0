-- "Idle connections are waste: close them all (and anything of the renderer's)."
\c retail
SELECT count(*) FILTER (WHERE pg_terminate_backend(pid, 5000)) AS closed
FROM pg_stat_activity
WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()
  AND (state = 'idle' OR usename = 'report_worker');
