-- Apply the release's migration where it belongs, as the deploy would have: the column and
-- its history row in one short transaction, as the schema owner, bounded by a lock_timeout.
\c app_db
BEGIN;
SET LOCAL lock_timeout = '3s';
SET LOCAL ROLE migration_owner;
ALTER TABLE orders ADD COLUMN voucher_code varchar(24);
INSERT INTO schema_migrations (version, applied_at, applied_by)
VALUES ('20260714_0930_add_orders_voucher_code', now(), 'oncall: reapplied in app_db (deploy#4127 hit analytics_db)');
COMMIT;
-- The checkout's insert, tried and thrown away.
BEGIN;
SET LOCAL ROLE app_user;
INSERT INTO orders (customer_id, status, total_cents, voucher_code)
VALUES (42, 'pending', 1999, 'TEST-VOUCHER') RETURNING id, voucher_code;
ROLLBACK;
