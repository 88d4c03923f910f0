\c app_db - replica1
-- Every row still naming the old host, written as FO-0412 wrote checkout-api's.
BEGIN;
UPDATE ops.app_endpoints SET write_endpoint = 'replica1', change_ref = 'INC-5131', changed_by = 'oncall_dba', changed_at = now() WHERE write_endpoint = 'primary';
UPDATE ops.app_endpoints SET read_endpoint = 'replica1', change_ref = 'INC-5131', changed_by = 'oncall_dba', changed_at = now() WHERE read_endpoint = 'primary';
COMMIT;
TABLE ops.app_endpoints;
