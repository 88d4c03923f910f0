-- CLUMSY: CREATE EXTENSION run in the default database, not in the tenant.
\c postgres
CREATE EXTENSION pg_trgm;
