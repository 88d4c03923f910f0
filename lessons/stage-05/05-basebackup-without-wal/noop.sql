\c app_db
SELECT current_database(), current_user;
