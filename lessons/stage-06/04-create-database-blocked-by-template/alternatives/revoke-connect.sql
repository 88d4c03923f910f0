-- Only the owner and superusers may connect to the template; then end the stray connection.
\c postgres
REVOKE CONNECT ON DATABASE tenant_template FROM PUBLIC;
SELECT pid, usename, pg_terminate_backend(pid, 5000) AS terminated
FROM pg_stat_activity
WHERE datname = 'tenant_template' AND usename = 'support_agent';
