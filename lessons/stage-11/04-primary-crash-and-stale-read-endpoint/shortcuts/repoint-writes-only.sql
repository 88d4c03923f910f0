\c app_db - replica1
UPDATE ops.app_endpoints SET write_endpoint = 'replica1' WHERE service = 'checkout-api';
