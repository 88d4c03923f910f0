-- Index only the open carts: a small partial index the lookup matches exactly.
\c shop - server
CREATE INDEX CONCURRENTLY orders_open_carts_idx ON orders (customer_id, created_at DESC) WHERE status = 'cart';
