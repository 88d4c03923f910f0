-- What does the app see for tenant 2? (As a superuser RLS does not apply: become the app.)
\c billing
SET ROLE app_user;
SET app.tenant_id = '2';
SELECT tenant_id, count(*) FROM invoices GROUP BY tenant_id ORDER BY tenant_id;
RESET app.tenant_id;
RESET ROLE;
