-- Who is in shop, what is each session doing, and who blocks whom?
\c shop
SELECT pid, usename, application_name, state, wait_event_type,
       pg_blocking_pids(pid) AS blocked_by,
       now() - xact_start AS xact_age, left(query, 60) AS query
FROM pg_stat_activity
WHERE datname = 'shop' AND pid <> pg_backend_pid()
ORDER BY xact_start;

-- The lock requests on orders, granted and not.
SELECT l.pid, a.application_name, l.mode, l.granted
FROM pg_locks AS l JOIN pg_stat_activity AS a USING (pid)
WHERE l.locktype = 'relation' AND l.relation = 'orders'::regclass
ORDER BY l.granted DESC, l.pid;

-- Per-role settings: what migration_owner's sessions start with.
SELECT r.rolname, d.datname, s.setconfig
FROM pg_db_role_setting AS s
JOIN pg_roles AS r ON r.oid = s.setrole
LEFT JOIN pg_database AS d ON d.oid = s.setdatabase;
