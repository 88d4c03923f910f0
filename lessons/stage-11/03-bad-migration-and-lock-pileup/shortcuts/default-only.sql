-- HURRIED: a default for new rows; the existing NULLs stay.
\c boxoffice
ALTER TABLE bookings ALTER COLUMN sales_channel SET DEFAULT 'unknown';
