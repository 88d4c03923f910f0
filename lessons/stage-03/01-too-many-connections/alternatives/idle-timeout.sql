-- Another guard: idle API connections close themselves after five minutes (this role only),
-- and the idle ones are released now.
\c shop
ALTER ROLE app_api SET idle_session_timeout = '5min';
SELECT count(pg_terminate_backend(pid)) AS terminated
FROM pg_stat_activity WHERE application_name = 'app_api_worker' AND state = 'idle';
