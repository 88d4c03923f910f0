-- The deploy says the version is applied; the checkout says the column does not exist.
-- Ask app_db first: its newest history rows and the table as it really is.
\c app_db
SELECT version, applied_at, applied_by FROM schema_migrations ORDER BY applied_at DESC LIMIT 4;
\d orders
-- Then the other database on this cluster with an orders table and a migration history.
\c analytics_db
SELECT version, applied_at, applied_by FROM schema_migrations ORDER BY applied_at DESC LIMIT 4;
\d orders
