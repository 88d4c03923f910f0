\c app_db
DELETE FROM orders WHERE id <= 5;
