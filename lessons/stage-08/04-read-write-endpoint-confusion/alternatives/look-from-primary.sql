\c app_db - primary
SELECT application_name, client_addr, state, sync_state FROM pg_stat_replication;
SELECT change_ref, service, field, old_value, new_value, reason
FROM ops.endpoint_changes
WHERE change_ref = 'CHG-2291'
ORDER BY id;
