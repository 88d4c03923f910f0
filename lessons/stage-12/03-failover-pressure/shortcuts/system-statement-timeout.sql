-- "Cap every statement on the primary so nothing can hang this long again."
\c postgres - primary
ALTER SYSTEM SET statement_timeout = '30s';
SELECT pg_reload_conf();
