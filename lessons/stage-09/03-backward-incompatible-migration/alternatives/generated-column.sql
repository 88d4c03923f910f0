-- legacy_status as a stored generated column: always equal to status, nothing to keep in
-- step, and read-only (the v57 worker only reads it). Dropping it later is the same one-line
-- contract migration, once fulfillment-worker v58 is everywhere.
\c shop
SET lock_timeout = '3s';
ALTER TABLE orders ADD COLUMN legacy_status varchar(16) GENERATED ALWAYS AS (status) STORED;
RESET lock_timeout;
SELECT legacy_status, count(*) FROM orders GROUP BY 1 ORDER BY 1;
\score
