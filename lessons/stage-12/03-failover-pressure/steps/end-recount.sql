-- Stabilise the primary: end the recount (it can be rerun), never the checkouts behind it.
\c app_db - primary
SELECT pid, application_name, pg_terminate_backend(pid) AS terminated
FROM pg_stat_activity
WHERE datname = 'app_db' AND application_name = 'stock-recount' AND state = 'active';
