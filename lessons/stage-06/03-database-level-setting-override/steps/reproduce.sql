-- What does the order-history API see in tenant_c? Run its query as its role.
\c tenant_c
SET ROLE app_user;
SELECT max(created_at) AS newest, count(*) AS orders FROM orders;
RESET ROLE;
SELECT 'orders'::regclass AS resolves_to, current_schemas(false) AS path;
SELECT max(created_at) AS newest_in_public FROM public.orders;
