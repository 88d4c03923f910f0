-- SHORTCUT: the new credential as superuser, "until the rotation is sorted".
\c shop
ALTER ROLE app_user_v2 SUPERUSER;
