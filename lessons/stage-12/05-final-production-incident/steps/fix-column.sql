-- Recover app_db: default first (the queued inserts commit before this ALTER gets its lock),
-- then backfill whatever is NULL, including the rows the released writers just added.
\c app_db
SET lock_timeout = '5s';
ALTER TABLE orders ALTER COLUMN release_id SET DEFAULT 'unknown';
UPDATE orders SET release_id = 'unknown' WHERE release_id IS NULL;
RESET lock_timeout;
SELECT count(*) FILTER (WHERE release_id IS NULL) AS still_null, count(*) AS orders FROM orders;
