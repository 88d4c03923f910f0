-- Who holds shop's server connections, and what are they doing?
\c shop - server
SELECT usename, application_name, state, count(*) AS sessions,
       max(now() - xact_start) AS oldest_xact
FROM pg_stat_activity
WHERE datname = 'shop' AND backend_type = 'client backend' AND pid <> pg_backend_pid()
GROUP BY 1, 2, 3 ORDER BY sessions DESC;
