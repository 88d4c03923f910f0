\c app_db - primary
SELECT pg_is_in_recovery() AS in_recovery, timeline_id FROM pg_control_checkpoint();
SELECT application_name, usename, state, backend_start FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid();
\c app_db - replica1
SELECT pg_is_in_recovery() AS in_recovery, timeline_id FROM pg_control_checkpoint();
SELECT max(id) AS last_order FROM orders;
