\c app_db - replica1
SELECT id, status, total_cents, created_at FROM orders ORDER BY id DESC LIMIT 3;
