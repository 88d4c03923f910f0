\c app_db - replica1
-- The one confirmed order only the returned node had, carried over once under a new id.
INSERT INTO orders (customer_id, client_ref, status, total_cents, created_at)
SELECT 571, 'chk-40f7d2c8a913', 'paid', 8745, '2026-12-01 02:57:48+00'
WHERE NOT EXISTS (SELECT 1 FROM orders WHERE client_ref = 'chk-40f7d2c8a913')
RETURNING id, client_ref;
