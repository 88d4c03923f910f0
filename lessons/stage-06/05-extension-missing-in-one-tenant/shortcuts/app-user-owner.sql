-- RECKLESS: make the app own tenant_c so it can install whatever it needs.
\c tenant_c
ALTER DATABASE tenant_c OWNER TO app_user;
SET ROLE app_user;
CREATE EXTENSION pg_trgm;
RESET ROLE;
CREATE INDEX CONCURRENTLY products_name_trgm_idx ON products USING gin (name gin_trgm_ops);
