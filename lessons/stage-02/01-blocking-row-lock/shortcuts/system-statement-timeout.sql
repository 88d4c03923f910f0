-- SHORTCUT: a cluster-wide statement timeout "so nothing runs this long again".
\c app_db
ALTER SYSTEM SET statement_timeout = '30s';
SELECT pg_reload_conf();
