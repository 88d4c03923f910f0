\c app_db - replica1
DELETE FROM orders WHERE status = 'paid' AND created_at >= '2026-12-01 03:08+00';
