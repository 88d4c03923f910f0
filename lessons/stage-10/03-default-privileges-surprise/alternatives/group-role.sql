-- Another correct fix: a read-only group role owns the policy; reporting is one member.
\c app_db
CREATE ROLE app_readonly NOLOGIN;
GRANT USAGE ON SCHEMA app TO app_readonly;
GRANT SELECT ON ALL TABLES IN SCHEMA app TO app_readonly;
ALTER DEFAULT PRIVILEGES FOR ROLE migrator IN SCHEMA app GRANT SELECT ON TABLES TO app_readonly;
GRANT app_readonly TO reporting;
SET ROLE reporting;
SELECT count(*) AS refunds FROM app.refunds;
RESET ROLE;
