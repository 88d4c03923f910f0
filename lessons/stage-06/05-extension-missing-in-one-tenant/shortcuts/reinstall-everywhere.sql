-- SHORTCUT: "reinstall pg_trgm everywhere so the fleet is consistent": DROP ... CASCADE takes
-- tenant_a's trigram index with it, and its search runs without an index until rebuilt.
\c tenant_a
DROP EXTENSION pg_trgm CASCADE;
CREATE EXTENSION pg_trgm;
CREATE INDEX products_name_trgm_idx ON products USING gin (name gin_trgm_ops);
