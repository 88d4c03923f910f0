-- Looking at sales, not at the schema or the deployments.
\c shop
SELECT status, count(*) FROM orders GROUP BY status ORDER BY status;
SELECT carrier, count(*) FROM shipments GROUP BY carrier ORDER BY carrier;
\score
