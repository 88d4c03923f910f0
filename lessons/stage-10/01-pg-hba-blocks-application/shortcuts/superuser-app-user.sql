-- Superuser "so nothing can block it" (pg_hba.conf does not care, but the role keeps it).
\c app_db
ALTER ROLE app_user SUPERUSER;
