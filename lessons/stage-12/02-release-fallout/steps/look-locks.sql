-- tenant_birch is where payments hang: who is there, in what state, waiting for whom?
\c tenant_birch
SELECT pid, usename, application_name, state, wait_event_type,
       pg_blocking_pids(pid) AS blocked_by,
       now() - xact_start AS xact_age, left(query, 80) AS query
FROM pg_stat_activity
WHERE datname = 'tenant_birch' AND pid <> pg_backend_pid()
ORDER BY xact_start NULLS LAST;
