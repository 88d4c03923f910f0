\c app_db
SELECT count(*) FROM orders;
\score
