-- SHORTCUT: ...and then give the app the write access the function used to hold for it.
\c app_db
GRANT SELECT, INSERT, UPDATE, DELETE ON app.customer_totals TO app_user;
