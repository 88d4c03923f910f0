-- Put the three tenants side by side: orders as each database has it, and each one's history.
\c tenant_a
\d orders
SELECT version, applied_at FROM schema_migrations ORDER BY version DESC LIMIT 3;
\c tenant_b
\d orders
SELECT version, applied_at FROM schema_migrations ORDER BY version DESC LIMIT 3;
\c tenant_c
\d orders
SELECT version, applied_at FROM schema_migrations ORDER BY version DESC LIMIT 3;
