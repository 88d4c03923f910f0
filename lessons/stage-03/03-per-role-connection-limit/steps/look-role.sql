-- Limits that apply before max_connections: per role, per database.
\c checkout
\du
SELECT rolname, rolconnlimit FROM pg_roles WHERE rolname !~ '^pg_' ORDER BY 1;
SELECT datname, datconnlimit FROM pg_database WHERE NOT datistemplate;
