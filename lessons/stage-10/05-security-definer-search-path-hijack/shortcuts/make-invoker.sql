-- SHORTCUT: "SECURITY DEFINER is the problem" — make it run as the caller.
\c app_db
ALTER FUNCTION app.refresh_totals() SECURITY INVOKER;
