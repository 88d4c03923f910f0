-- RECKLESS: "the scan is slow because of all the old carts: delete them".
\c shop - server
DELETE FROM orders WHERE status = 'cart' AND created_at < timestamptz '2026-11-01 00:00+00';
