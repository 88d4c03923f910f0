-- CLUMSY: re-adds the column by hand, but not its schema_migrations row: the next deploy
-- will run the migration again and fail on "column already exists".
\c app_db
ALTER TABLE orders ADD COLUMN coupon_code text;
