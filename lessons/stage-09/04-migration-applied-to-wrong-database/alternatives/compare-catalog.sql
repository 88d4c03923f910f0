-- Another expert compares the catalogs instead of \d: which orders has voucher_code, and
-- which history holds the release's version.
\c app_db
SELECT column_name, data_type, character_maximum_length
FROM information_schema.columns
WHERE table_schema = 'public' AND table_name = 'orders' AND column_name LIKE 'voucher%';
SELECT * FROM schema_migrations WHERE version LIKE '20260714%';
\c analytics_db
SELECT column_name, data_type, character_maximum_length
FROM information_schema.columns
WHERE table_schema = 'public' AND table_name = 'orders' AND column_name LIKE 'voucher%';
SELECT * FROM schema_migrations WHERE version LIKE '20260714%';
