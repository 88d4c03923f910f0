\c app_db - replica1
SELECT pg_is_in_recovery() AS in_recovery, timeline_id FROM pg_control_checkpoint();
SELECT id, customer_id, client_ref, status, total_cents, created_at FROM orders WHERE created_at >= '2026-12-01 02:40:00+00' ORDER BY created_at;
SELECT client_ref, count(*) FROM orders WHERE client_ref IN ('chk-d3f0a6b19c44', 'chk-5c8e4a2d0f17', 'chk-40f7d2c8a913') GROUP BY client_ref ORDER BY client_ref;
