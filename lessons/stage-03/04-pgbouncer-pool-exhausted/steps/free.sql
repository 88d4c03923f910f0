-- End exactly the stuck invoice-sync transactions; their server connections go back to the pool.
\c app_db - server
SELECT pid, pg_terminate_backend(pid)
FROM pg_stat_activity
WHERE application_name = 'invoice-sync' AND state = 'idle in transaction';
