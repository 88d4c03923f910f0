-- Looking around without finding or changing anything.
\c app_db
SELECT count(*) AS customers FROM customers;
SELECT now() > timestamptz '2000-01-01' AS server_alive;
