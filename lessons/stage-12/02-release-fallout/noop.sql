-- Looking around without finding or changing anything.
\c tenant_birch
SELECT status, count(*) FROM invoices GROUP BY status ORDER BY status;
\c tenant_alpine
SELECT count(*) AS invoices FROM invoices;
\score
