-- How full is the server, and who holds the connections?
\c commerce
SHOW max_connections;
SELECT application_name, usename, state, count(*) AS sessions,
       max(now() - xact_start) AS oldest_xact
FROM pg_stat_activity
WHERE backend_type = 'client backend'
GROUP BY 1, 2, 3 ORDER BY sessions DESC;
