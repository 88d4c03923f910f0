-- Another expert starts from the sessions, then reads the release's own change.
\c shop
SELECT pid, application_name, usename, state, left(query, 70) AS last_query
FROM pg_stat_activity WHERE datname = 'shop' AND pid <> pg_backend_pid()
ORDER BY application_name;
SELECT * FROM ops.deployments WHERE service = 'fulfillment-worker';
SELECT column_name, data_type FROM information_schema.columns
WHERE table_schema = 'public' AND table_name = 'orders' ORDER BY ordinal_position;
