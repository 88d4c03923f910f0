-- What does the DR host hold, database by database, next to production?
\c app_db - restore_target
SELECT count(*) AS orders, max(id) AS last_id, max(created_at) AS newest FROM orders;
SELECT drilled_at, datname, rows_seen, status FROM ops.restore_drills ORDER BY drilled_at DESC LIMIT 3;
\c billing_db - restore_target
\c app_db - primary
SELECT count(*) AS orders, max(id) AS last_id, max(created_at) AS newest FROM orders;
