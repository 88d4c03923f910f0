-- A covering index in the query's own order: the page comes out of the index alone
-- (Index Only Scan once the visibility map is set).
\c marketplace
CREATE INDEX CONCURRENTLY orders_portal_recent_idx ON orders (merchant_id, placed_at DESC)
    INCLUDE (buyer_id, status, total_cents);
\score
