\c app_db
SELECT 1;
