-- Who holds app_db's server connections, and what are they doing?
\c app_db - server
SELECT pid, usename, application_name, state, now() - xact_start AS in_transaction_for, left(query, 50) AS last_query
FROM pg_stat_activity
WHERE datname = 'app_db' AND backend_type = 'client backend' AND pid <> pg_backend_pid()
ORDER BY xact_start NULLS LAST;
