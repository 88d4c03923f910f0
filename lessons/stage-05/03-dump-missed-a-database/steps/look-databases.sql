-- Every database on the primary, with its owner, next to what the job selects.
\c app_db
\l
SELECT datname, datdba::regrole AS owner FROM pg_database WHERE NOT datistemplate ORDER BY 1;
SELECT pg_get_viewdef('ops.backup_targets'::regclass) AS job_selection;
