-- Do what the application does, as the application's role.
\c app_db
SET ROLE app_user;
SELECT id, status, total_cents FROM orders WHERE customer_id = 17 ORDER BY id DESC LIMIT 5;
RESET ROLE;
