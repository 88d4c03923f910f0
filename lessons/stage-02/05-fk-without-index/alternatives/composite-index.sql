-- An index that serves the foreign key and the order-history page (newest first) at once.
\c crm
CREATE INDEX CONCURRENTLY orders_customer_created_idx ON orders (customer_id, created_at DESC);
