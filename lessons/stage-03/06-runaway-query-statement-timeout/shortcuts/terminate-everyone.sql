-- "Kill everything except me, and wait for it."
\c marketplace
SELECT count(*) FILTER (WHERE pg_terminate_backend(pid, 5000)) AS terminated
FROM pg_stat_activity
WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() AND usename <> current_user;
