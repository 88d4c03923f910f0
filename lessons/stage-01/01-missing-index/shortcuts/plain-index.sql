-- The right columns, but a plain build: writes to orders wait for the whole build.
\c shop
CREATE INDEX orders_tenant_id_created_at_idx ON orders (tenant_id, created_at);
\score
