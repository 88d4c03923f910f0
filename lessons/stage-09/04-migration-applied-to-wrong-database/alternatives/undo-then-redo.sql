-- Moves the migration: first take it out of analytics_db, keeping its original history row
-- aside, then apply it in app_db as the owner and record it with the deploy's own
-- applied_at/applied_by, so the history says which deploy shipped it.
\c analytics_db
SELECT version, applied_at, applied_by FROM schema_migrations
WHERE version = '20260714_0930_add_orders_voucher_code';
SET lock_timeout = '3s';
ALTER TABLE orders DROP COLUMN IF EXISTS voucher_code;
DELETE FROM schema_migrations WHERE version = '20260714_0930_add_orders_voucher_code'
RETURNING version, applied_at, applied_by;
RESET lock_timeout;
\c app_db
SET lock_timeout = '3s';
SET ROLE migration_owner;
BEGIN;
ALTER TABLE orders ADD COLUMN IF NOT EXISTS voucher_code varchar(24);
INSERT INTO schema_migrations (version, applied_at, applied_by)
VALUES ('20260714_0930_add_orders_voucher_code', '2026-07-14 09:31:07+00', 'deploy:storefront#4127');
COMMIT;
RESET ROLE;
RESET lock_timeout;
\score
