-- "The support console is in the way": end every support_console connection, wherever it is.
\c postgres
SELECT pid, datname, pg_terminate_backend(pid, 5000) AS terminated
FROM pg_stat_activity
WHERE application_name = 'support_console';
