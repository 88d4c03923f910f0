-- The analysts only use marketplace: put the limit on the role in that database, and end the
-- three runaway backends outright (their clients reconnect); pg_terminate_backend(pid, 5000)
-- returns once each one is gone.
\c marketplace
ALTER ROLE analytics IN DATABASE marketplace SET statement_timeout = '30min';
SELECT pid, application_name, pg_terminate_backend(pid, 5000) AS terminated
FROM pg_stat_activity
WHERE usename = 'analytics' AND query ~ 'rebuild_cohorts\(' AND state = 'active';
