-- SHORTCUT: drop the odd attributes but make the app superuser "so nothing can break".
\c shop
REVOKE pg_read_all_data FROM app_user;
ALTER ROLE app_user NOCREATEROLE NOCREATEDB SUPERUSER;
