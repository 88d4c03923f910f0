-- SHORTCUT: pg_trgm is a trusted extension, so give the app CREATE on the database and let
-- its migration install it.
\c tenant_c
GRANT CREATE ON DATABASE tenant_c TO app_user;
SET ROLE app_user;
CREATE EXTENSION pg_trgm;
RESET ROLE;
CREATE INDEX CONCURRENTLY products_name_trgm_idx ON products USING gin (name gin_trgm_ops);
