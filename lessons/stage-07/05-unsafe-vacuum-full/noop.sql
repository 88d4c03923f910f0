-- Doing nothing useful: list the tables and read the catalog, no repair.
\c tenant_b
\dt
SELECT relname, relkind FROM pg_class WHERE relnamespace = 'public'::regnamespace ORDER BY relname;
