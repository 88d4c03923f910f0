-- Who holds the server's connections, and how many does it allow?
\c shop
SHOW max_connections;
SHOW superuser_reserved_connections;
SELECT usename, application_name, state, count(*)
FROM pg_stat_activity
WHERE backend_type = 'client backend'
GROUP BY usename, application_name, state
ORDER BY count(*) DESC;
