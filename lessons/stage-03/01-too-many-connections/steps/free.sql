-- Release the API's idle connections, keeping the four most recently used (the ones its pool
-- is actually cycling through); leave the billing batch, which is working, alone.
\c shop
SELECT count(pg_terminate_backend(pid)) AS terminated
FROM (SELECT pid FROM pg_stat_activity
      WHERE application_name = 'app_api_worker' AND usename = 'app_api' AND state = 'idle'
      ORDER BY state_change DESC OFFSET 4) AS idle_api;
