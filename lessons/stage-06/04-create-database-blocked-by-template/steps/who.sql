-- Who is connected to the template right now?
\c postgres
SELECT pid, datname, usename, application_name, state, backend_start, state_change
FROM pg_stat_activity
WHERE datname IS NOT NULL
ORDER BY datname, backend_start;
