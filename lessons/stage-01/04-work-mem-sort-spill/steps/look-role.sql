-- Where does the exporter's work_mem come from?
\c payments
SELECT r.rolname, coalesce(d.datname, '(all)') AS database, s.setconfig
FROM pg_db_role_setting s
JOIN pg_roles r ON r.oid = s.setrole
LEFT JOIN pg_database d ON d.oid = s.setdatabase;
SELECT name, setting, unit, source FROM pg_settings WHERE name = 'work_mem';
