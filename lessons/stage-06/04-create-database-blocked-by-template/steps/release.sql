-- End only the support console's forgotten connection inside the template.
\c postgres
SELECT pid, usename, application_name, pg_terminate_backend(pid, 5000) AS terminated
FROM pg_stat_activity
WHERE datname = 'tenant_template' AND pid <> pg_backend_pid();
