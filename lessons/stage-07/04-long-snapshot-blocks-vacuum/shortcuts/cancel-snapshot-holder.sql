-- CLUMSY: pg_cancel_backend cancels a running query; an idle transaction has none.
\c app_db
SELECT pid, application_name, pg_cancel_backend(pid)
FROM pg_stat_activity
WHERE datname = 'app_db' AND usename = 'analytics_ro' AND backend_xmin IS NOT NULL;
