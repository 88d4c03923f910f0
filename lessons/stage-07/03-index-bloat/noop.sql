-- Doing nothing useful: look at the catalog, change nothing.
\c tenant_b
\dt
SELECT datname FROM pg_database ORDER BY 1;
