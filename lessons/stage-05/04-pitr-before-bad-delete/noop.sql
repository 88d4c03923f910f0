\c billing_db
SELECT current_database(), current_user;
