-- Who is connected, per role and application? Is the server anywhere near full?
\c checkout
SELECT usename, application_name, count(*) AS connections
FROM pg_stat_activity
WHERE backend_type = 'client backend'
GROUP BY 1, 2 ORDER BY 3 DESC;
SHOW max_connections;
