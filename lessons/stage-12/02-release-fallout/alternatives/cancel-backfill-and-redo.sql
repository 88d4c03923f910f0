-- Another expert: reads the lock table, cancels the runner's backfill (it rolls back and
-- releases the rows it held), ends the leak, then runs the migration's steps by hand from
-- each tenant's own profile: batched backfill in birch, the full three steps in cedar.
\c tenant_birch
SELECT l.pid, a.application_name, a.state, l.locktype, l.mode, l.granted,
       pg_blocking_pids(l.pid) AS blocked_by
FROM pg_locks AS l JOIN pg_stat_activity AS a USING (pid)
WHERE a.datname = 'tenant_birch' AND l.pid <> pg_backend_pid()
ORDER BY l.granted, l.pid;
SELECT column_name, data_type, is_nullable, column_default
FROM information_schema.columns WHERE table_name = 'invoices' AND column_name = 'currency';
SELECT base_currency FROM tenant_profile;
SELECT count(*) FILTER (WHERE currency IS NULL) AS without_currency FROM invoices;
\c tenant_alpine
SELECT * FROM schema_migrations ORDER BY 1;
\c tenant_birch
SELECT * FROM schema_migrations ORDER BY 1;
\c tenant_cedar
SELECT * FROM schema_migrations ORDER BY 1;
\c tenant_birch
SELECT pg_cancel_backend(pid) FROM pg_stat_activity
WHERE application_name = 'migration_runner' AND wait_event_type = 'Lock';
SELECT pg_terminate_backend(pid) FROM pg_stat_activity
WHERE datname = 'tenant_birch' AND application_name = 'invoicer-7.2'
  AND state LIKE 'idle in transaction%';
SELECT pg_sleep(0.3);
SET lock_timeout = '3s';
ALTER TABLE invoices ALTER COLUMN currency SET DEFAULT 'GBP';
UPDATE invoices AS i SET currency = p.base_currency FROM tenant_profile AS p
WHERE i.currency IS NULL AND i.id <= 1200;
UPDATE invoices AS i SET currency = p.base_currency FROM tenant_profile AS p
WHERE i.currency IS NULL;
BEGIN;
ALTER TABLE invoices ALTER COLUMN currency SET NOT NULL;
INSERT INTO schema_migrations (version) VALUES ('20260610_add_invoices_currency');
COMMIT;
RESET lock_timeout;
\c tenant_cedar
BEGIN;
SET LOCAL lock_timeout = '3s';
ALTER TABLE invoices ADD COLUMN currency char(3);
UPDATE invoices SET currency = (SELECT base_currency FROM tenant_profile);
ALTER TABLE invoices ALTER COLUMN currency SET DEFAULT 'CHF', ALTER COLUMN currency SET NOT NULL;
INSERT INTO schema_migrations (version) VALUES ('20260610_add_invoices_currency');
COMMIT;
\score
