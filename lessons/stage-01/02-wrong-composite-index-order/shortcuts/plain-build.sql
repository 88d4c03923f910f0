-- The right columns, built the quick way: every insert into orders waits for the build.
\c marketplace
CREATE INDEX orders_merchant_id_placed_at_idx ON orders (merchant_id, placed_at);
\score
