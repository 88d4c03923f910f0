-- "The columns are in the wrong order: rebuild the index the right way round."
\c marketplace
DROP INDEX CONCURRENTLY orders_status_placed_at_merchant_id_idx;
CREATE INDEX CONCURRENTLY orders_merchant_id_placed_at_status_idx ON orders (merchant_id, placed_at, status);
\score
