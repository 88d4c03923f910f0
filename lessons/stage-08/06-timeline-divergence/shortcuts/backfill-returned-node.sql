\c app_db - primary
-- "Make the old primary complete again": replica1's orders written to the returned node.
INSERT INTO orders (customer_id, client_ref, status, total_cents, created_at) VALUES
  ( 88, 'chk-9a41c07e5b21', 'paid',     2350, '2026-12-01 02:44:10+00'),
  (907, 'chk-17bb2e90f6d3', 'paid',     1899, '2026-12-01 02:59:05+00'),
  (640, 'chk-e2a9913b7c05', 'pending',  3075, '2026-12-01 03:04:12+00');
