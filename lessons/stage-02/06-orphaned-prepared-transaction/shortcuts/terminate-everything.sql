-- RECKLESS: terminate every other session in warehouse. The locks belong to no session, so
-- they stay; only the waiting picks and the delivery are lost.
\c warehouse
SELECT pid, application_name, pg_terminate_backend(pid, 5000) AS terminated
FROM pg_stat_activity
WHERE datname = 'warehouse' AND pid <> pg_backend_pid() AND backend_type = 'client backend';
SELECT count(*) AS still_prepared FROM pg_prepared_xacts;
