-- SHORTCUT: roll the release back by dropping its column.
\c boxoffice
ALTER TABLE bookings DROP COLUMN sales_channel;
