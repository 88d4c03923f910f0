\c app_db - primary
BEGIN;
UPDATE ops.app_endpoints AS e
SET write_endpoint = w.old_value, read_endpoint = r.old_value,
    change_ref = 'INC-5112', changed_by = 'oncall_dba', changed_at = now()
FROM ops.endpoint_changes AS w
JOIN ops.endpoint_changes AS r ON r.change_ref = w.change_ref AND r.service = w.service AND r.field = 'read_endpoint'
WHERE w.change_ref = 'CHG-2291' AND w.field = 'write_endpoint' AND w.service = e.service;
COMMIT;
SELECT service, write_endpoint, read_endpoint FROM ops.app_endpoints ORDER BY service;
