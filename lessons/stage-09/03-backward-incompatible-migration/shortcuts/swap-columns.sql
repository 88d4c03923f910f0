-- RECKLESS: roll the schema "back to v57": a legacy_status copy, then status dropped as if
-- it were the mistake. The v58 API's column and its history go with it.
\c shop
ALTER TABLE orders ADD COLUMN legacy_status varchar(16);
UPDATE orders SET legacy_status = status;
ALTER TABLE orders DROP COLUMN status;
\score
