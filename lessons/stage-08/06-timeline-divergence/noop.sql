\c app_db - replica1
SELECT count(*) FROM orders;
