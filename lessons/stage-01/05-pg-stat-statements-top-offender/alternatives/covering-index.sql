-- Another expert's index: covering, so the order page is answered from the index alone.
\c shop
CREATE INDEX CONCURRENTLY order_items_order_id_covering_idx ON order_items (order_id) INCLUDE (sku, qty, price_cents);
