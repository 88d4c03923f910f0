-- Looks around on the primary, changes nothing.
\c app_db
SELECT count(*) FROM orders;
