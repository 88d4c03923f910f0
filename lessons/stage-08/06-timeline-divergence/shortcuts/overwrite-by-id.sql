\c app_db - replica1
-- "The old primary's ids came first": replica1's orders 1048214..1048216 replaced by them.
DELETE FROM orders WHERE id BETWEEN 1048214 AND 1048216;
INSERT INTO orders (id, customer_id, client_ref, status, total_cents, created_at) VALUES
  (1048214, 412, 'chk-d3f0a6b19c44', 'paid',  6120, '2026-12-01 02:55:31+00'),
  (1048215, 233, 'chk-5c8e4a2d0f17', 'paid', 12400, '2026-12-01 02:56:02+00'),
  (1048216, 571, 'chk-40f7d2c8a913', 'paid',  8745, '2026-12-01 02:57:48+00');
