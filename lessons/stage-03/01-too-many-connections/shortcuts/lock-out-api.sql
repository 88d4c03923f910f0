-- "Stop the API from connecting."
\c shop
ALTER ROLE app_api NOLOGIN;
SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = 'app_api';
