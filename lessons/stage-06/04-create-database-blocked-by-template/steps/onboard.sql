-- Re-run the onboarding statement and confirm the copy.
\c postgres
CREATE DATABASE tenant_d WITH TEMPLATE tenant_template OWNER app_owner;
\c tenant_d
SELECT version FROM schema_migrations ORDER BY version;
\dt
