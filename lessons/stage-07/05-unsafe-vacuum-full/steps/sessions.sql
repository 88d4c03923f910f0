-- Who holds orders open right now, and does anyone pin a snapshot?
\c tenant_b
SELECT a.pid, a.application_name, a.state, a.backend_xmin, l.mode, l.relation::regclass AS relation
FROM pg_stat_activity AS a
JOIN pg_locks AS l ON l.pid = a.pid AND l.locktype = 'relation'
WHERE l.relation = 'orders'::regclass AND a.pid <> pg_backend_pid()
ORDER BY a.xact_start;
