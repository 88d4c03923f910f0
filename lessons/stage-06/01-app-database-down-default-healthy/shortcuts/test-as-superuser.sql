-- HURRIED: "it works for me" — tested as the superuser, who ignores the connection limit.
\c app_db
SELECT count(*) AS orders FROM orders;
\c postgres
