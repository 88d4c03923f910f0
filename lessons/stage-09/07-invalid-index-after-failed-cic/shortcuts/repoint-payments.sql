-- "Merge into the oldest order": move each payment onto the older twin, then delete the
-- newer one. Two paid orders disappear and their payments now point at unpaid orders.
\c storefront
BEGIN;
UPDATE payments AS p SET order_id = older.id
FROM orders AS o JOIN orders AS older ON older.external_id = o.external_id AND older.id < o.id
WHERE p.order_id = o.id;
DELETE FROM orders AS o USING orders AS older
WHERE older.external_id = o.external_id AND older.id < o.id;
COMMIT;
