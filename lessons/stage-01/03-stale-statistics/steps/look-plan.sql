-- Finance's settlement report, with what the planner expected next to what happened.
\c billing
EXPLAIN (ANALYZE, BUFFERS)
SELECT c.country, count(*) AS invoices, sum(i.amount_cents) AS settled_cents
FROM invoices AS i JOIN customers AS c ON c.id = i.customer_id
WHERE i.status = 'settled'
GROUP BY c.country ORDER BY c.country;
