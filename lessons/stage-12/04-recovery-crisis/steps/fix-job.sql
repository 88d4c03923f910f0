-- The job dumps what its list names: add billing_db (BILL-208 moved it onto this cluster).
\c app_db
INSERT INTO ops.backup_targets (datname, added_at, ticket) VALUES ('billing_db', DATE '2026-12-01', 'BILL-208');
SELECT d.datname, t.datname IS NOT NULL AS selected
FROM pg_database AS d LEFT JOIN ops.backup_targets AS t ON t.datname = d.datname
WHERE NOT d.datistemplate ORDER BY 1;
