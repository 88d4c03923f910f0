-- The function resolves names only in its own schema (pg_temp last, so temp objects cannot
-- shadow anything either).
\c app_db
ALTER FUNCTION app.refresh_totals() SET search_path = app, pg_temp;
SELECT p.oid::regprocedure, p.proconfig FROM pg_proc AS p WHERE p.pronamespace = 'app'::regnamespace AND p.prosecdef;
