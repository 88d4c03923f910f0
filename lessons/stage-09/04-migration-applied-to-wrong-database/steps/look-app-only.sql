-- Looks at app_db only: sees that the column and the version are missing there, never asks
-- where the deploy actually applied them.
\c app_db
SELECT version, applied_at FROM schema_migrations ORDER BY version;
\d orders
