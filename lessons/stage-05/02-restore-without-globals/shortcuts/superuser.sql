-- SHORTCUT: superuser for the app "until Monday".
\c app_db
ALTER ROLE app_user SUPERUSER;
