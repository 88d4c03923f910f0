-- SHORTCUT: the storefront sessions have been waiting forever, kill them to "reset the pool".
\c app_db
SELECT pid, pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'storefront';
SELECT pg_sleep(0.2);
