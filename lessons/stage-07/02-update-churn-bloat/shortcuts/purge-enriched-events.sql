-- SHORTCUT: "the table is too big": drop the first days of events, they are in the rollups anyway.
\c analytics_db
DELETE FROM events WHERE occurred_at < timestamptz '2026-11-27 00:00+00';
