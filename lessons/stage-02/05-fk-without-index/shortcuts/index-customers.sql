-- "The delete is on customers, so index customers."
\c crm
CREATE INDEX CONCURRENTLY customers_id_created_idx ON customers (id, created_at);
