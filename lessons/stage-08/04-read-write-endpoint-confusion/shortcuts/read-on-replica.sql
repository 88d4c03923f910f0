\c app_db - replica1
SELECT id, status, total_cents FROM orders WHERE customer_id = 214 ORDER BY created_at DESC LIMIT 5;
