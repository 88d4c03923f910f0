-- Next deploy: a migration that cannot get its lock within five seconds fails (and is
-- retried by the pipeline) instead of queueing the storefront behind it.
\c shop
ALTER ROLE migration_owner SET lock_timeout = '5s';
SELECT application_name, state, wait_event_type FROM pg_stat_activity
WHERE datname = 'shop' AND pid <> pg_backend_pid();
\d orders
