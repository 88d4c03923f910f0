-- Looking around without finding or changing anything (just like the health check).
\c postgres
SELECT 1 AS healthy;
SELECT now() > timestamptz '2000-01-01' AS server_alive;
