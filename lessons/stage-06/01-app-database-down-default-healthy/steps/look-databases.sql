-- The health check is green because it only ever opens postgres. What about the app's database?
\c postgres
SELECT datname, datallowconn, datconnlimit, datistemplate,
       (SELECT count(*) FROM pg_stat_activity AS a WHERE a.datname = d.datname) AS sessions
FROM pg_database AS d ORDER BY 1;
SELECT datname, usename, application_name, state FROM pg_stat_activity
WHERE backend_type = 'client backend' ORDER BY 1;
