\c app_db - primary
DELETE FROM ops.endpoint_changes WHERE change_ref = 'CHG-2291';
