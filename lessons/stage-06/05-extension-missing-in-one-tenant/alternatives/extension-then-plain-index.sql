-- Extension and index in one transaction at an explicit version: search comes back complete
-- or not at all (a plain CREATE INDEX: blocks writes to products for the build, fine for a
-- catalog table this size).
\c tenant_c
BEGIN;
CREATE EXTENSION pg_trgm VERSION '1.6' SCHEMA public;
CREATE INDEX products_name_trgm_idx ON products USING gin (name gin_trgm_ops);
COMMIT;
