-- Which normalize_email(text) does the function get, with the search_path the app runs with?
\c app_db
SHOW search_path;
SELECT p.oid::regprocedure AS function, pg_get_userbyid(p.proowner) AS owner, p.prosecdef
FROM pg_proc AS p WHERE p.proname = 'normalize_email';
-- Keep the intruder's code for the incident ticket before anything is removed.
SELECT pg_get_functiondef('public.normalize_email(text)'::regprocedure);
