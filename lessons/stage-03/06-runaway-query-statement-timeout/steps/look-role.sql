-- Which roles carry their own settings (a statement_timeout, say)?
\c marketplace
SELECT r.rolname, d.datname, s.setconfig
FROM pg_roles r
LEFT JOIN pg_db_role_setting s ON s.setrole = r.oid
LEFT JOIN pg_database d ON d.oid = s.setdatabase
WHERE r.rolcanlogin
ORDER BY r.rolname;
SHOW statement_timeout;
