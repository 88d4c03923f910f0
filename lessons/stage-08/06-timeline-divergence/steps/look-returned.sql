\c app_db - primary
SELECT pg_is_in_recovery() AS in_recovery, timeline_id FROM pg_control_checkpoint();
SELECT id, customer_id, client_ref, status, total_cents, created_at FROM orders WHERE created_at >= '2026-12-01 02:40:00+00' ORDER BY created_at;
