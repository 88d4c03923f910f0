-- A different but correct fix: blocker found and ended through pg_locks, another backfill
-- value with a matching default, billing access through a granted role.
SELECT a.application_name, l.pid, l.mode, l.granted
FROM pg_locks l JOIN pg_stat_activity a USING (pid)
WHERE l.relation = 'orders'::regclass;
SELECT column_name, data_type, column_default FROM information_schema.columns
WHERE table_name = 'orders' AND column_name = 'release_id';
\c tenant_a
SELECT * FROM schema_migrations ORDER BY 1 DESC LIMIT 2;
\c tenant_b
SELECT * FROM schema_migrations ORDER BY 1 DESC LIMIT 2;
\c tenant_c
SELECT * FROM schema_migrations ORDER BY 1 DESC LIMIT 2;
\c billing_db
SELECT has_table_privilege('app_user', 'public.new_invoices', 'SELECT') AS app_user_can_read;
\c app_db
SELECT pg_terminate_backend(pid) FROM pg_locks
WHERE relation = 'orders'::regclass AND mode = 'ShareLock' AND granted;
SELECT pg_sleep(0.2);
ALTER TABLE orders ALTER COLUMN release_id SET DEFAULT 'pre-2026.05.31';
UPDATE orders SET release_id = 'pre-2026.05.31' WHERE release_id IS NULL;
\c tenant_b
ALTER TABLE orders ADD COLUMN release_id text;
INSERT INTO schema_migrations (version) VALUES ('20260531_add_order_release_id');
CREATE ROLE billing_reader NOLOGIN;
\c billing_db
GRANT SELECT ON new_invoices TO billing_reader;
GRANT CONNECT ON DATABASE billing_db TO billing_reader;
GRANT billing_reader TO app_user;
\score
