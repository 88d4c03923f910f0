-- A statement_timeout for the whole server.
\c marketplace
ALTER SYSTEM SET statement_timeout = '5min';
SELECT pg_reload_conf();
