-- SHORTCUT: pin the application's search_path for the role, in every database of the cluster.
\c tenant_c
ALTER ROLE app_user SET search_path = public;
