-- The renderer's role: how many connections may it hold, and how many does it hold?
\c retail
SELECT r.rolname, r.rolconnlimit,
       count(a.pid) FILTER (WHERE a.state = 'idle') AS idle,
       count(a.pid) FILTER (WHERE a.state = 'active') AS active,
       count(a.pid) AS total
FROM pg_roles r LEFT JOIN pg_stat_activity a ON a.usename = r.rolname
WHERE r.rolname = 'report_worker'
GROUP BY r.rolname, r.rolconnlimit;
