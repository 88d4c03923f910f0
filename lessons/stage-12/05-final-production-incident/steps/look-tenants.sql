-- Did the rollout reach every tenant?
\c tenant_a
SELECT version, applied_at FROM schema_migrations ORDER BY version DESC LIMIT 3;
\c tenant_b
SELECT version, applied_at FROM schema_migrations ORDER BY version DESC LIMIT 3;
\c tenant_c
SELECT version, applied_at FROM schema_migrations ORDER BY version DESC LIMIT 3;

-- The skipped tenant's table, next to one that got the release.
\d orders
\c tenant_b
\d orders
