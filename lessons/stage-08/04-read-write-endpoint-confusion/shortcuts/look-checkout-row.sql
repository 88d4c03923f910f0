\c app_db - primary
SELECT * FROM ops.app_endpoints WHERE service = 'checkout-api';
