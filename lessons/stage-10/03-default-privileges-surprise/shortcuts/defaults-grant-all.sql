-- SHORTCUT: default privileges that give reporting everything on future tables.
\c app_db
ALTER DEFAULT PRIVILEGES FOR ROLE migrator IN SCHEMA app GRANT ALL ON TABLES TO reporting;
