-- Doing nothing useful: look around without finding or changing anything.
SELECT count(*) AS customers FROM customers;
SELECT now() > timestamptz '2000-01-01' AS server_alive;
\score
