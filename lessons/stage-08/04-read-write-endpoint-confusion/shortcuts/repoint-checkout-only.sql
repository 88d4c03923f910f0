\c app_db - primary
UPDATE ops.app_endpoints SET write_endpoint = 'primary' WHERE service = 'checkout-api';
