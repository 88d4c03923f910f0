-- How are the databases configured: templates, connections allowed, limits, ACLs?
\c postgres
SELECT datname, datistemplate, datallowconn, datconnlimit, datacl
FROM pg_database
ORDER BY datname;
