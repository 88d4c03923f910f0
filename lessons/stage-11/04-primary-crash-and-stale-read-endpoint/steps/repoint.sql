\c app_db - replica1
UPDATE ops.app_endpoints
SET write_endpoint = CASE WHEN write_endpoint = 'primary' THEN 'replica1' ELSE write_endpoint END,
    read_endpoint  = CASE WHEN read_endpoint  = 'primary' THEN 'replica1' ELSE read_endpoint END,
    change_ref = 'INC-5120', changed_by = 'oncall_dba', changed_at = now()
WHERE service IN ('checkout-api', 'storefront-web');
SELECT service, write_endpoint, read_endpoint FROM ops.app_endpoints ORDER BY service;
