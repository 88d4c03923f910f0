-- SHORTCUT: make the new tables readable for every role.
\c app_db
GRANT SELECT ON app.coupons, app.refunds TO PUBLIC;
