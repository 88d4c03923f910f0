-- Doing nothing useful: check the data is there, change nothing.
\c app_db
SELECT count(*) AS orders FROM orders;
\l
