-- How far did the rollout get in each tenant?
\c tenant_alpine
SELECT version, applied_at FROM schema_migrations ORDER BY version;
SELECT * FROM tenant_profile;
\d invoices
\c tenant_birch
SELECT version, applied_at FROM schema_migrations ORDER BY version;
\c tenant_cedar
SELECT version, applied_at FROM schema_migrations ORDER BY version;
SELECT * FROM tenant_profile;
\d invoices
