-- "Less to scan": archive-by-delete everything older than a year.
\c marketplace
DELETE FROM orders WHERE placed_at < '2025-12-01';
