-- Doing nothing useful: look around without finding or changing anything.
\c tenant_c
SELECT count(*) AS products FROM products;
\l
