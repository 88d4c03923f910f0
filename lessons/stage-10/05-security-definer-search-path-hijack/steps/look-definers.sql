-- app_owner cannot log in. What code runs as app_owner? SECURITY DEFINER functions.
\c app_db
SELECT p.oid::regprocedure AS function, pg_get_userbyid(p.proowner) AS owner, p.proname, p.prosecdef, p.proconfig
FROM pg_proc AS p
WHERE p.prosecdef AND p.pronamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace);
SELECT pg_get_functiondef('app.refresh_totals()'::regprocedure);
