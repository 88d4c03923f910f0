-- What the release built, and who uses it.
\c marketplace
\d orders
\d orders_status_placed_at_merchant_id_idx
SELECT indexrelname, idx_scan, idx_tup_read FROM pg_stat_user_indexes WHERE relname = 'orders' ORDER BY indexrelname;
