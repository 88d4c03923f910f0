-- Catch up the tables that already exist.
\c app_db
GRANT SELECT ON app.coupons, app.refunds TO reporting;
