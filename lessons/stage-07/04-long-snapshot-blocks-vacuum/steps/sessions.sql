-- Who holds a snapshot (backend_xmin) or a transaction id in app_db, oldest horizon first?
\c app_db
SELECT pid, usename, application_name, state, backend_xid, backend_xmin, age(backend_xmin) AS xmin_age,
       now() - xact_start AS xact_age
FROM pg_stat_activity
WHERE datname = 'app_db' AND pid <> pg_backend_pid()
ORDER BY age(backend_xmin) DESC NULLS LAST;
