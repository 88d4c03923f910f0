\c app_db - replica1
-- "Just copy what the old primary has": the two retried orders are already here.
INSERT INTO orders (customer_id, client_ref, status, total_cents, created_at) VALUES
  (412, 'chk-d3f0a6b19c44', 'paid',  6120, '2026-12-01 02:55:31+00'),
  (233, 'chk-5c8e4a2d0f17', 'paid', 12400, '2026-12-01 02:56:02+00'),
  (571, 'chk-40f7d2c8a913', 'paid',  8745, '2026-12-01 02:57:48+00');
