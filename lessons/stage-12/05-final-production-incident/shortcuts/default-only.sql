-- HURRIED: a default for new rows, no backfill, nothing else checked.
\c app_db
ALTER TABLE orders ALTER COLUMN release_id SET DEFAULT 'unknown';
