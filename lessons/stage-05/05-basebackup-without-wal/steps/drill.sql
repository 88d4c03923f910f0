\c app_db
\action restore-drill
\c app_db - drill
SELECT count(*) AS orders FROM orders;
\c app_db - primary
