-- "Clear the cluster": end every client connection except this one.
\c postgres
SELECT pid, datname, application_name, pg_terminate_backend(pid, 5000) AS terminated
FROM pg_stat_activity
WHERE backend_type = 'client backend' AND pid <> pg_backend_pid();
