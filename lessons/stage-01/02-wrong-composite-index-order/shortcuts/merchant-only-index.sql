-- Finds the merchant, but still sorts all 400 of its orders for every page view.
\c marketplace
CREATE INDEX CONCURRENTLY orders_merchant_id_idx ON orders (merchant_id);
\score
