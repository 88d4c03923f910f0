-- Doing nothing useful: look around without finding or changing anything.
\c app_db
SELECT count(*) AS orders FROM orders;
\dt
