-- Make every table migrator creates in app readable by reporting from birth.
\c app_db
ALTER DEFAULT PRIVILEGES FOR ROLE migrator IN SCHEMA app GRANT SELECT ON TABLES TO reporting;
SELECT pg_get_userbyid(defaclrole) AS creator, defaclnamespace::regnamespace AS in_schema, defaclacl
FROM pg_default_acl;
SET ROLE reporting;
SELECT count(*) AS refunds FROM app.refunds;
RESET ROLE;
