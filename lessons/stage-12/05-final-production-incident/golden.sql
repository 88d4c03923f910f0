-- Golden path: triage every front first, then stabilize, then recover layer by layer.

-- 1. Who is in app_db, what are they doing, and who blocks whom?
SELECT pid, usename, application_name, state, wait_event_type,
       pg_blocking_pids(pid) AS blocked_by,
       now() - xact_start AS xact_age,
       left(query, 60) AS query
FROM pg_stat_activity
WHERE datname = 'app_db' AND pid <> pg_backend_pid()
ORDER BY xact_start;

-- The locks on orders, held and wanted.
SELECT l.pid, a.application_name, l.mode, l.granted
FROM pg_locks AS l
JOIN pg_stat_activity AS a USING (pid)
WHERE l.locktype = 'relation' AND l.relation = 'orders'::regclass
ORDER BY l.granted DESC, l.pid;

-- 2. What did the release do to orders?
\d orders
SELECT count(*) AS orders, count(release_id) AS with_release_id FROM orders;

-- 3. Did the rollout reach every tenant?
\c tenant_a
SELECT version, applied_at FROM schema_migrations ORDER BY version DESC LIMIT 3;
\c tenant_b
SELECT version, applied_at FROM schema_migrations ORDER BY version DESC LIMIT 3;
\c tenant_c
SELECT version, applied_at FROM schema_migrations ORDER BY version DESC LIMIT 3;

-- The skipped tenant's table, next to one that got the release.
\d orders
\c tenant_b
\d orders

-- 4. What can app_user do in billing_db?
\c billing_db
\dp new_invoices
SELECT has_database_privilege('app_user', 'billing_db', 'CONNECT') AS can_connect,
       has_table_privilege('app_user', 'public.new_invoices', 'SELECT') AS can_read;

-- Stabilize: end the blocker (the migration), never the writers queued behind it.
\c app_db
SELECT pid, application_name, pg_terminate_backend(pid) AS terminated
FROM pg_stat_activity
WHERE datname = 'app_db' AND application_name = 'migration_runner' AND state LIKE 'idle in transaction%';

-- Recover app_db: default first (the queued inserts commit before this ALTER gets its lock),
-- then backfill whatever is NULL, including the rows the released writers just added.
SET lock_timeout = '5s';
ALTER TABLE orders ALTER COLUMN release_id SET DEFAULT 'unknown';
UPDATE orders SET release_id = 'unknown' WHERE release_id IS NULL;
RESET lock_timeout;
SELECT count(*) FILTER (WHERE release_id IS NULL) AS still_null, count(*) AS orders FROM orders;
SELECT pid, application_name, state, wait_event_type FROM pg_stat_activity WHERE datname = 'app_db' AND pid <> pg_backend_pid();

-- Catch tenant_b up, the way tenant_a and tenant_c have it, and record it.
\c tenant_b
BEGIN;
ALTER TABLE orders ADD COLUMN release_id text;
INSERT INTO schema_migrations (version) VALUES ('20260531_add_order_release_id');
COMMIT;

-- Billing: exactly what the export needs, nothing more.
\c app_db
GRANT CONNECT ON DATABASE billing_db TO app_user;
\c billing_db
GRANT SELECT ON new_invoices TO app_user;
SET ROLE app_user;
SELECT count(*) AS open_invoices FROM new_invoices WHERE status = 'open';
RESET ROLE;

\c app_db
\score
