\c app_db - server
ALTER ROLE app_user SUPERUSER;
