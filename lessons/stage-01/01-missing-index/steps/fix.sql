-- One index that both finds the tenant and hands back its rows newest first.
-- CONCURRENTLY: the app keeps writing orders while it builds.
\c shop
CREATE INDEX CONCURRENTLY orders_tenant_id_created_at_idx ON orders (tenant_id, created_at);
EXPLAIN SELECT id, status, total_cents, created_at FROM orders WHERE tenant_id = 42 ORDER BY created_at DESC LIMIT 50;
\score
