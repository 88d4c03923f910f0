-- SHORTCUT: "free space": delete old orders.
\c app_db - primary
DELETE FROM orders WHERE created_at < '2026-10-15';
