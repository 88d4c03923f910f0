-- The two credentials side by side: can they log in, which groups are they in?
\c shop
\du
SELECT r.rolname, r.rolcanlogin, r.rolvaliduntil,
       ARRAY(SELECT g.rolname FROM pg_auth_members AS m JOIN pg_roles AS g ON g.oid = m.roleid
             WHERE m.member = r.oid ORDER BY 1) AS member_of
FROM pg_roles AS r
WHERE r.rolname IN ('app_user', 'app_user_v2')
ORDER BY 1;
SELECT usename, application_name, state, count(*) FROM pg_stat_activity
WHERE datname = 'shop' AND backend_type = 'client backend' GROUP BY 1, 2, 3 ORDER BY 1;
