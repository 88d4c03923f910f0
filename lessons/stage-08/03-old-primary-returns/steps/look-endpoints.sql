\c app_db - replica1
SELECT service, write_endpoint, read_endpoint, change_ref, changed_by, changed_at FROM ops.app_endpoints ORDER BY service;
