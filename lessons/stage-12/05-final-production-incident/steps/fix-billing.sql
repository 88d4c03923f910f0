-- Billing: exactly what the export needs, nothing more.
\c app_db
GRANT CONNECT ON DATABASE billing_db TO app_user;
\c billing_db
GRANT SELECT ON new_invoices TO app_user;
SET ROLE app_user;
SELECT count(*) AS open_invoices FROM new_invoices WHERE status = 'open';
RESET ROLE;
\c app_db
