\c shop
REVOKE SELECT ON orders FROM app;
