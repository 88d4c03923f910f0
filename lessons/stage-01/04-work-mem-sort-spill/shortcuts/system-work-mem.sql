-- "work_mem is too small: raise it on the server."
\c payments
ALTER SYSTEM SET work_mem = '64MB';
SELECT pg_reload_conf();
