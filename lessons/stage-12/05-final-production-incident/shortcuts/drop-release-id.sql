-- SHORTCUT: roll the release back by dropping its column.
\c app_db
ALTER TABLE orders DROP COLUMN release_id;
