-- Default first, so no new NULL can appear; then backfill every NULL (the released
-- bookings included). Bounded lock wait in case anything still holds bookings.
\c boxoffice
SET lock_timeout = '3s';
ALTER TABLE bookings ALTER COLUMN sales_channel SET DEFAULT 'unknown';
UPDATE bookings SET sales_channel = 'unknown' WHERE sales_channel IS NULL;
RESET lock_timeout;
SELECT count(*) AS bookings, count(*) FILTER (WHERE sales_channel IS NULL) AS still_null FROM bookings;
