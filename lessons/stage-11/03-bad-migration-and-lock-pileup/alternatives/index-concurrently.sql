-- With bookings flowing and the column repaired, build the release's index without blocking
-- writes (outside any transaction), and check that it is valid.
\c boxoffice
CREATE INDEX CONCURRENTLY bookings_sales_channel_idx ON bookings (sales_channel);
SELECT indexrelid::regclass AS index, indisvalid FROM pg_index WHERE indrelid = 'bookings'::regclass;
