-- Compare the tenants: the same query, the same role, three answers.
\c tenant_a
SHOW search_path;
\c tenant_c
SHOW search_path;
\dt
SELECT d.datname, s.setconfig FROM pg_db_role_setting AS s JOIN pg_database AS d ON d.oid = s.setdatabase;
