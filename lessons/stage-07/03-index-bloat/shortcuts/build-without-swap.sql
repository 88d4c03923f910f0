-- HALF DONE: the new index is built online, the old one is never dropped.
\c tenant_b
CREATE UNIQUE INDEX CONCURRENTLY orders_external_id_uniq ON orders (external_id);
