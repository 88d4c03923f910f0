-- Deletes the unpaid twins straight away, without ever looking at them.
\c storefront
DELETE FROM orders AS o
WHERE NOT EXISTS (SELECT 1 FROM payments AS p WHERE p.order_id = o.id)
  AND EXISTS (SELECT 1 FROM orders AS twin JOIN payments AS p ON p.order_id = twin.id
              WHERE twin.external_id = o.external_id AND twin.id <> o.id);
