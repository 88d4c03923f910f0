-- Take the storefront's migration back out of the warehouse: the column it added (empty:
-- nothing ever wrote it) and the version it recorded in the analytics history.
\c analytics_db
SELECT count(voucher_code) AS filled FROM orders;
BEGIN;
SET LOCAL lock_timeout = '3s';
ALTER TABLE orders DROP COLUMN voucher_code;
DELETE FROM schema_migrations WHERE version = '20260714_0930_add_orders_voucher_code';
COMMIT;
SELECT version FROM schema_migrations ORDER BY version DESC LIMIT 3;
\score
