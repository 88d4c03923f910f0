-- Another correct fix: the new credential joins app_rw (app_ro stays: it grants nothing app_rw
-- lacks), and the old one gets its login back with an explicit end to the overlap window, so
-- the rotation finishes by itself instead of by a second premature NOLOGIN.
\c shop
ALTER GROUP app_rw ADD USER app_user_v2;
-- (VALID UNTIL bounds password logins: a week from now.)
DO $$ BEGIN
    EXECUTE format('ALTER ROLE app_user LOGIN VALID UNTIL %L', now() + interval '7 days');
END $$;
SELECT rolname, rolcanlogin, rolvaliduntil FROM pg_roles WHERE rolname LIKE 'app_user%';
