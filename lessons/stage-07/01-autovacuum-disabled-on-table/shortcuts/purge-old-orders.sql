-- SHORTCUT: "the table is too big": delete the oldest delivered orders.
\c tenant_b
DELETE FROM orders WHERE status = 'delivered' AND updated_at < timestamptz '2026-04-01';
