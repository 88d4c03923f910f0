\c billing_db
SELECT count(*) AS invoices, min(id), max(id), min(issued_at) AS oldest FROM invoices;
SELECT run_id, job_name, started_at, finished_at, restore_point, job_xid, rows_affected, status
FROM ops.job_runs ORDER BY run_id DESC LIMIT 3;
\log 5 before_cleanup_job|DELETE
\files backups
