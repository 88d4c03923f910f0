-- The dashboard's error, reproduced as the dashboard's own account.
\c app_db
SET ROLE reporting;
SELECT count(*) FROM app.refunds;
RESET ROLE;
-- Which tables in app can reporting read, and which not?
\dp app.*
SELECT c.relname, has_table_privilege('reporting', c.oid, 'SELECT') AS reporting_can_read
FROM pg_class AS c
WHERE c.relnamespace = 'app'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm')
ORDER BY 1;
SELECT version, applied_at FROM app.schema_migrations ORDER BY applied_at;
