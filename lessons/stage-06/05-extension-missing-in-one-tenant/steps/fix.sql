-- Install pg_trgm where the app looks (public, the fleet's version), then rebuild the
-- trigram index the restore skipped, without blocking writes.
\c tenant_c
CREATE EXTENSION pg_trgm SCHEMA public;
CREATE INDEX CONCURRENTLY products_name_trgm_idx ON products USING gin (name gin_trgm_ops);
\dx pg_trgm
SET ROLE app_user;
SELECT sku, name, similarity(name, 'navy wool scarf') AS score
FROM products WHERE in_stock AND name % 'navy wool scarf' ORDER BY score DESC, sku LIMIT 5;
RESET ROLE;
