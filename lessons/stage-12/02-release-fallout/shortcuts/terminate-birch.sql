-- RECKLESS: terminate every other session in tenant_birch.
\c tenant_birch
SELECT pid, application_name, pg_terminate_backend(pid) FROM pg_stat_activity
WHERE datname = 'tenant_birch' AND pid <> pg_backend_pid() AND backend_type = 'client backend';
SELECT pg_sleep(0.3);
