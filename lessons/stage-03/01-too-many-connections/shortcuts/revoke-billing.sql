-- "Billing can wait until tonight."
\c shop
REVOKE SELECT ON orders FROM billing_svc;
