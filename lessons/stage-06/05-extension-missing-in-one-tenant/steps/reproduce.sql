-- Run the storefront's search in tenant_c as the app does.
\c tenant_c
SET ROLE app_user;
SELECT sku, name, similarity(name, 'navy wool scarf') AS score
FROM products WHERE in_stock AND name % 'navy wool scarf' ORDER BY score DESC, sku LIMIT 5;
RESET ROLE;
