-- Give invoices its autovacuum back, then measure the table now instead of waiting for it.
\c billing
ALTER TABLE invoices RESET (autovacuum_enabled);
ANALYZE VERBOSE invoices;
EXPLAIN
SELECT c.country, count(*) AS invoices, sum(i.amount_cents) AS settled_cents
FROM invoices AS i JOIN customers AS c ON c.id = i.customer_id
WHERE i.status = 'settled'
GROUP BY c.country ORDER BY c.country;
\score
