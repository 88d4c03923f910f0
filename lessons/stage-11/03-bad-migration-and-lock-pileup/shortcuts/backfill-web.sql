-- CLUMSY: "everything before 4.12 came through the website": default and backfill 'web',
-- partner bookings included.
\c boxoffice
SET lock_timeout = '3s';
ALTER TABLE bookings ALTER COLUMN sales_channel SET DEFAULT 'web';
UPDATE bookings SET sales_channel = 'web' WHERE sales_channel IS NULL;
RESET lock_timeout;
