-- What was the storefront actually granted, table by table?
\c shop
\dp
SELECT table_schema, table_name, string_agg(privilege_type, ', ' ORDER BY privilege_type) AS privileges
FROM information_schema.role_table_grants
WHERE grantee = 'app_user'
GROUP BY 1, 2 ORDER BY 1, 2;
