-- Contain: take back what the hijack granted.
\c app_db
REVOKE SELECT ON app.payment_methods FROM intern;
