-- Another expert's index: order_id then id, matching the lookup's ORDER BY as well.
\c shop
CREATE INDEX CONCURRENTLY order_items_order_id_id_idx ON order_items (order_id, id);
