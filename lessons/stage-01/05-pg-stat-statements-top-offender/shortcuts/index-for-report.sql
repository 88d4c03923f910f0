-- HURRIED: the slowest query must be the problem; index what the report joins and groups on.
\c shop
CREATE INDEX CONCURRENTLY order_items_sku_idx ON order_items (sku);
