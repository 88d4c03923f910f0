-- What can app_user do in billing_db?
\c billing_db
\dp new_invoices
SELECT has_database_privilege('app_user', 'billing_db', 'CONNECT') AS can_connect,
       has_table_privilege('app_user', 'public.new_invoices', 'SELECT') AS can_read;
