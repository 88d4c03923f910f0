-- The runbook's rule: keep the order the payment references, delete its unpaid twin. One
-- transaction, and only rows whose twin is the paid one.
\c storefront
BEGIN;
DELETE FROM orders AS o
WHERE NOT EXISTS (SELECT 1 FROM payments AS p WHERE p.order_id = o.id)
  AND EXISTS (SELECT 1 FROM orders AS twin
              JOIN payments AS p ON p.order_id = twin.id
              WHERE twin.external_id = o.external_id AND twin.id <> o.id)
RETURNING o.id, o.external_id, o.status;
SELECT count(*) AS still_duplicated FROM (SELECT external_id FROM orders GROUP BY 1 HAVING count(*) > 1) AS d;
COMMIT;
