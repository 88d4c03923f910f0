-- Settings attached to roles and databases (what the batch release may have changed).
\c marketplace
SELECT r.rolname, d.datname, s.setconfig
FROM pg_db_role_setting AS s
LEFT JOIN pg_roles AS r ON r.oid = s.setrole
LEFT JOIN pg_database AS d ON d.oid = s.setdatabase
ORDER BY 1, 2;
