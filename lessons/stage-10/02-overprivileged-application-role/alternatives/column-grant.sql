-- Another correct fix: the storefront gets the product columns it shows, not the supplier
-- cost (margin data it never needed).
\c shop
GRANT SELECT (id, sku, name, price_cents, updated_at) ON products TO app_user;
