-- SHORTCUT: a cluster-wide lock_timeout "so nobody waits this long again".
\c boxoffice
ALTER SYSTEM SET lock_timeout = '5s';
SELECT pg_reload_conf();
