-- Run the report the way finance runs it: as reporting, with that role's settings.
\c freshcart reporting
SHOW temp_file_limit;
SELECT * FROM daily_revenue ORDER BY day LIMIT 5;
\c freshcart oncall_dba
SELECT r.rolname, s.setconfig
FROM pg_db_role_setting AS s JOIN pg_roles AS r ON r.oid = s.setrole;
