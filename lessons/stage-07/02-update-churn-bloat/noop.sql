-- Doing nothing useful: look around the landing database and change nothing.
\c app_db
SELECT count(*) AS accounts FROM accounts;
\l
