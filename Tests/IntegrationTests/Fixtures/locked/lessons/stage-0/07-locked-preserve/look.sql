\c app_db
SELECT application_name, state FROM pg_stat_activity WHERE application_name IN ('export', 'migration') ORDER BY 1;
