\c app_db - primary
SELECT pg_is_in_recovery();
BEGIN;
UPDATE ops.app_endpoints
SET write_endpoint = 'primary', change_ref = 'INC-5112', changed_by = 'oncall_dba', changed_at = now()
WHERE service IN ('checkout-api', 'payment-webhooks') AND write_endpoint = 'replica1';
INSERT INTO ops.endpoint_changes (change_ref, service, field, old_value, new_value, reason, changed_by, changed_at)
SELECT 'INC-5112', service, 'write_endpoint', 'replica1', 'primary', 'writes sent to read-only replica1 by CHG-2291', 'oncall_dba', now()
FROM ops.app_endpoints WHERE service IN ('checkout-api', 'payment-webhooks');
COMMIT;
SELECT service, write_endpoint, read_endpoint FROM ops.app_endpoints ORDER BY service;
