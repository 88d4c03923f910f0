-- Another correct fix: the storefront's missing read goes into a group role the app joins,
-- then the powers come off.
\c shop
CREATE ROLE storefront_catalog_read NOLOGIN;
GRANT SELECT ON products TO storefront_catalog_read;
GRANT storefront_catalog_read TO app_user;
REVOKE pg_read_all_data FROM app_user;
ALTER ROLE app_user NOCREATEROLE NOCREATEDB;
SET ROLE app_user;
SELECT count(*) AS visible_products FROM products;
RESET ROLE;
