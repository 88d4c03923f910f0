-- Keep a stuck worker from holding the pool again (for app_user only), then free it now.
\c app_db - server
ALTER ROLE app_user SET idle_in_transaction_session_timeout = '30s';
SELECT pid, pg_terminate_backend(pid)
FROM pg_stat_activity
WHERE application_name = 'invoice-sync' AND state = 'idle in transaction';
