-- HURRIED: backfill, no default: the old API keeps inserting NULLs.
\c boxoffice
UPDATE bookings SET sales_channel = 'unknown' WHERE sales_channel IS NULL;
