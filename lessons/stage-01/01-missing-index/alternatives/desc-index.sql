-- Descending order in the index, matching the query's ORDER BY.
\c shop
CREATE INDEX CONCURRENTLY orders_tenant_recent_idx ON orders (tenant_id, created_at DESC);
\score
