-- Only the tenant in the alert.
\c tenant_b
\d orders
SELECT version, applied_at FROM schema_migrations ORDER BY version DESC LIMIT 3;
