-- "Something is hogging the pool": end the two long transactions.
\c app_db - server
SELECT pid, pg_terminate_backend(pid)
FROM pg_stat_activity
WHERE application_name = 'finance-month-end-export';
