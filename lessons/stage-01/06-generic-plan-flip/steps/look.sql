-- What does the worker run, and what does the server know about that statement?
\c jobsdb
SELECT pid, application_name, state, left(query, 60) AS last_statement
FROM pg_stat_activity WHERE usename = 'job_worker';
SELECT calls, rows, round(mean_exec_time::numeric, 3) AS mean_ms, round(max_exec_time::numeric, 3) AS max_ms,
       left(query, 110) AS query
FROM pg_stat_statements WHERE query ~* 'from jobs' ORDER BY calls DESC LIMIT 5;
SELECT state, count(*) FROM jobs GROUP BY state ORDER BY count(*) DESC;
