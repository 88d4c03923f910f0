-- The same picture by role, with each role's connection limit.
\c shop
SELECT r.rolname, r.rolconnlimit, count(a.pid) AS connections
FROM pg_roles r LEFT JOIN pg_stat_activity a ON a.usename = r.rolname
WHERE r.rolcanlogin
GROUP BY r.rolname, r.rolconnlimit
ORDER BY connections DESC;
