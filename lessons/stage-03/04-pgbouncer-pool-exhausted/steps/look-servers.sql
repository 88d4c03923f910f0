-- The pooler's view: which server connections (remote_pid) are linked to which clients.
\c pgbouncer
SHOW SERVERS;
SHOW CLIENTS;
\c app_db - server
SELECT pid, application_name, state FROM pg_stat_activity WHERE datname = 'app_db' AND usename = 'app_user';
