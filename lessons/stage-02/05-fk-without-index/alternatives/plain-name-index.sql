-- Straight from the statistics: the FK query filters orders on customer_id.
\c crm
CREATE INDEX CONCURRENTLY ON orders (customer_id);
