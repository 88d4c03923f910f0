-- Keep the unpaid twins for the audit trail, but out of the way: cancelled, with their
-- session id marked as a duplicate. Then rebuild the leftover index in place.
\c storefront
BEGIN;
UPDATE orders AS o SET status = 'cancelled', external_id = o.external_id || ':dup-' || o.id
WHERE NOT EXISTS (SELECT 1 FROM payments AS p WHERE p.order_id = o.id)
  AND EXISTS (SELECT 1 FROM orders AS twin JOIN payments AS p ON p.order_id = twin.id
              WHERE twin.external_id = o.external_id AND twin.id <> o.id)
RETURNING o.id, o.external_id;
COMMIT;
REINDEX INDEX CONCURRENTLY orders_external_id_uq;
SELECT indisvalid, indisready FROM pg_index WHERE indexrelid = 'orders_external_id_uq'::regclass;
\score
