-- Doing nothing useful: look around without finding or changing anything.
\c tenant_b
SELECT count(*) AS orders FROM orders;
\l
