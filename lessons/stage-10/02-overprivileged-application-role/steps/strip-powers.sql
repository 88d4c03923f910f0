-- Then take away what an application account never needs.
\c shop
REVOKE pg_read_all_data FROM app_user;
ALTER ROLE app_user NOCREATEROLE NOCREATEDB;
-- Prove it as the app: the product page and the payouts.
SET ROLE app_user;
SELECT sku, name, price_cents FROM products WHERE sku = 'SKU-00042';
SELECT count(*) FROM finance.seller_payouts;
RESET ROLE;
