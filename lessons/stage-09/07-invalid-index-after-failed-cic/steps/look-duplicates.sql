-- Why did the unique build fail? The server log first, then the duplicates themselves, and
-- for each duplicate which order the payment provider actually charged.
\c storefront
\log 10 unique
SELECT external_id, count(*) AS orders FROM orders GROUP BY external_id HAVING count(*) > 1 ORDER BY external_id;
SELECT o.external_id, o.id, o.status, o.created_at, p.provider_ref
FROM orders AS o LEFT JOIN payments AS p ON p.order_id = o.id
WHERE o.external_id IN (SELECT external_id FROM orders GROUP BY external_id HAVING count(*) > 1)
ORDER BY o.external_id, o.id;
