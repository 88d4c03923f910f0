\c app_db - primary
-- "Fix the endpoint on the old host too, so the webhooks stop complaining."
UPDATE ops.app_endpoints SET write_endpoint = 'replica1', read_endpoint = 'replica1' WHERE service = 'payment-webhooks';
