-- SHORTCUT: "re-run the migration everywhere to be safe", with the index under a new name:
-- tenant_a and tenant_c get a second, redundant unique index on external_id.
\c tenant_a
ALTER TABLE orders ADD COLUMN IF NOT EXISTS external_id varchar(64);
CREATE UNIQUE INDEX IF NOT EXISTS orders_external_id_uidx ON orders (external_id);
\c tenant_c
ALTER TABLE orders ADD COLUMN IF NOT EXISTS external_id varchar(64);
CREATE UNIQUE INDEX IF NOT EXISTS orders_external_id_uidx ON orders (external_id);
