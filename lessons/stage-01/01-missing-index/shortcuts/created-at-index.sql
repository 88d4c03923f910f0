-- "It sorts by created_at, so index created_at."
\c shop
CREATE INDEX CONCURRENTLY orders_created_at_idx ON orders (created_at);
