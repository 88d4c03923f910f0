-- Which code is live against this database, and what does it expect?
\c shop
SELECT service, version, instances, state, updated_at, note
FROM ops.deployments WHERE state <> 'retired' ORDER BY service, version;
SELECT application_name, usename, count(*) AS sessions
FROM pg_stat_activity WHERE datname = 'shop' AND pid <> pg_backend_pid()
GROUP BY 1, 2 ORDER BY 1;
SELECT version, applied_at FROM schema_migrations ORDER BY applied_at DESC LIMIT 3;
-- The v57 worker's poll, as the fulfillment role: does it still run?
SET ROLE fulfillment;
SELECT id, legacy_status FROM orders WHERE legacy_status = 'paid' ORDER BY id LIMIT 5;
RESET ROLE;
\d orders
