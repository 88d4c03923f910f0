-- Who is connected, since when, and who holds a snapshot (backend_xmin)?
\c marketplace
SELECT pid, usename, application_name, state, xact_start, backend_xid, backend_xmin,
       age(backend_xmin) AS xmin_age
FROM pg_stat_activity
WHERE datname = 'marketplace' AND pid <> pg_backend_pid()
ORDER BY age(backend_xmin) DESC NULLS LAST, xact_start;
SELECT tuple_count, dead_tuple_count, dead_tuple_percent FROM pgstattuple('orders');
