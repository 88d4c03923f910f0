-- SHORTCUT: "finish the migration" by building its index by hand, mid-incident.
\c boxoffice
CREATE INDEX bookings_sales_channel_idx ON bookings (sales_channel);
