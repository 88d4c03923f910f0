-- HURRIED: the ticket says refunds, so refunds it is.
\c app_db
GRANT SELECT ON app.refunds TO reporting;
