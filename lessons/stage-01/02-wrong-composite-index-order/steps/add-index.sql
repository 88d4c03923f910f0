-- Leave the sweeper's index alone; give the portal its own, merchant first, then the sort
-- column. CONCURRENTLY: checkout keeps inserting while it builds.
\c marketplace
CREATE INDEX CONCURRENTLY orders_merchant_id_placed_at_idx ON orders (merchant_id, placed_at);
EXPLAIN SELECT id, buyer_id, status, total_cents, placed_at FROM orders
WHERE merchant_id = 42 ORDER BY placed_at DESC LIMIT 25;
\score
