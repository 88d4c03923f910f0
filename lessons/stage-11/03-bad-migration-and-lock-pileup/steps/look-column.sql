-- What did release 4.12 do to bookings, and what do the rows hold?
\c boxoffice
SELECT version, applied_at FROM schema_migrations ORDER BY version DESC LIMIT 3;
\d bookings
SELECT count(*) AS bookings, count(sales_channel) AS with_channel FROM bookings;
