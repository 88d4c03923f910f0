\c shop
CREATE INDEX orders_tenant_created_idx ON orders (tenant_id, created_at);
\score
