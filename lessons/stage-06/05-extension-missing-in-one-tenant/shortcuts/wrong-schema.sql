-- CLUMSY: extensions in their own schema (a fine habit) -- but app_user's search_path never
-- sees it, so the app's unqualified % and similarity() still fail.
\c tenant_c
CREATE SCHEMA extensions;
CREATE EXTENSION pg_trgm SCHEMA extensions;
CREATE INDEX CONCURRENTLY products_name_trgm_idx ON products USING gin (name extensions.gin_trgm_ops);
