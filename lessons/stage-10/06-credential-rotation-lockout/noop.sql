-- Looking around without finding or changing anything.
\c shop
SELECT count(*) AS orders FROM orders;
SELECT now() > timestamptz '2000-01-01' AS server_alive;
