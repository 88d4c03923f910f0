\c app_db - replica1
UPDATE ops.app_endpoints
SET write_endpoint = 'replica1', read_endpoint = 'replica1', change_ref = 'INC-5131', changed_by = 'oncall_dba', changed_at = now()
WHERE service = 'payment-webhooks';
SELECT service, write_endpoint, read_endpoint FROM ops.app_endpoints ORDER BY service;
