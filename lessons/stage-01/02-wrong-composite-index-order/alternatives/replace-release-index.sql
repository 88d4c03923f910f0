-- Undo the release's compromise properly: the sweeper gets a small partial index for the
-- only status it looks for, the portal gets its own, and the wide index goes. Build both new
-- ones before dropping the old, all CONCURRENTLY.
\c marketplace
CREATE INDEX CONCURRENTLY orders_pending_placed_at_idx ON orders (placed_at) WHERE status = 'pending';
CREATE INDEX CONCURRENTLY orders_merchant_id_placed_at_idx ON orders (merchant_id, placed_at);
EXPLAIN SELECT id, merchant_id, placed_at FROM orders WHERE status = 'pending' AND placed_at < '2026-11-30 20:15+00' ORDER BY placed_at LIMIT 500;
DROP INDEX CONCURRENTLY orders_status_placed_at_merchant_id_idx;
\score
