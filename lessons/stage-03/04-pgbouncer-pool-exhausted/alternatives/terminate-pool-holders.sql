-- Free the (app_db, app_user) pool by what holds it, whoever the client: every backend of the
-- pool's user in app_db that sits idle in a transaction (SHOW SERVERS' remote_pid lists the
-- same backends). The checkout's own requests are never idle in a transaction.
\c app_db - server
SELECT pid, application_name, pg_terminate_backend(pid)
FROM pg_stat_activity
WHERE datname = 'app_db' AND usename = 'app_user' AND state = 'idle in transaction';
