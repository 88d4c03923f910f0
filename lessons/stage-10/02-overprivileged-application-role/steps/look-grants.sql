-- What was the storefront actually granted, table by table?
\c shop
\dp
SELECT table_schema, table_name, string_agg(privilege_type, ', ' ORDER BY privilege_type) AS privileges
FROM information_schema.role_table_grants
WHERE grantee = 'app_user'
GROUP BY 1, 2 ORDER BY 1, 2;
-- And what does the storefront actually run?
SELECT s.calls, left(s.query, 80) AS query
FROM pg_stat_statements AS s JOIN pg_roles AS r ON r.oid = s.userid
WHERE r.rolname = 'app_user' ORDER BY s.calls DESC;
