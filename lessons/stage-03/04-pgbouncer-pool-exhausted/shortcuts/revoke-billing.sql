\c app_db - server
REVOKE ALL ON orders, invoices FROM billing_svc;
