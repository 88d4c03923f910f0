-- HURRIED: the error said "operator does not exist", so install the extension and stop.
\c tenant_c
CREATE EXTENSION pg_trgm;
