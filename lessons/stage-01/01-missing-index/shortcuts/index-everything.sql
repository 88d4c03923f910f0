-- Index every column the query names, just in case.
\c shop
CREATE INDEX CONCURRENTLY orders_tenant_id_idx ON orders (tenant_id);
CREATE INDEX CONCURRENTLY orders_created_at_idx2 ON orders (created_at);
CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);
CREATE INDEX CONCURRENTLY orders_tenant_id_created_at_idx ON orders (tenant_id, created_at);
\score
