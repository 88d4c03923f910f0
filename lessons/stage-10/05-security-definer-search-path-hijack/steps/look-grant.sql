-- Who can read payment_methods, and who granted it?
\c app_db
\dp app.payment_methods
SELECT grantee, grantor, table_name, privilege_type
FROM information_schema.role_table_grants
WHERE table_schema = 'app' AND table_name = 'payment_methods';
