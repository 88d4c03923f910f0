-- CLUMSY: drop the unique index and build it again in one go (no uniqueness while it builds,
-- and the build blocks every write).
\c tenant_b
DROP INDEX orders_external_id_idx;
CREATE UNIQUE INDEX orders_external_id_idx ON orders (external_id);
