-- SHORTCUT: "the replica and the primary disagree about today's orders: remove them".
\c app_db - primary
DELETE FROM orders WHERE created_at >= '2026-12-01';
