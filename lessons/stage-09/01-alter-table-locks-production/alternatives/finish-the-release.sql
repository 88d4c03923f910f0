-- Another expert: finds the holder through pg_locks, ends it, then finishes the release
-- properly instead of handing it back: the column and its history row in one short
-- transaction, bounded by a lock_timeout, as the schema owner.
\c app_db
SELECT l.pid, a.datname, a.application_name, a.state, l.mode, l.granted
FROM pg_locks AS l JOIN pg_stat_activity AS a USING (pid)
WHERE l.relation = 'orders'::regclass;
SELECT pg_terminate_backend(l.pid)
FROM pg_locks AS l
WHERE l.relation = 'orders'::regclass AND l.mode = 'AccessExclusiveLock' AND l.granted;
SELECT pg_sleep(0.2);
SET ROLE migration_owner;
BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN coupon_code text;
INSERT INTO schema_migrations (version) VALUES ('20260602_add_orders_coupon_code');
COMMIT;
RESET ROLE;
\d orders
\score
