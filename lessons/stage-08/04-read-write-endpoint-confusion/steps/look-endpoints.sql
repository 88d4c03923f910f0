\c app_db - primary
SELECT service, write_endpoint, read_endpoint, change_ref, changed_by, changed_at
FROM ops.app_endpoints
ORDER BY service;
