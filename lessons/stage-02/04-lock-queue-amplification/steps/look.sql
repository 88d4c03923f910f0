-- The storefront hangs on orders during the deploy: who is in shop, and who waits for whom?
\c shop
SELECT pid, usename, application_name, state, wait_event_type, wait_event,
       pg_blocking_pids(pid) AS blocked_by,
       now() - xact_start AS xact_age, left(query, 60) AS query
FROM pg_stat_activity
WHERE datname = 'shop' AND pid <> pg_backend_pid()
ORDER BY xact_start NULLS LAST;
