-- NARROW: override the search_path for the API's role in tenant_c only.
\c tenant_c
ALTER ROLE app_user IN DATABASE tenant_c SET search_path = public;
