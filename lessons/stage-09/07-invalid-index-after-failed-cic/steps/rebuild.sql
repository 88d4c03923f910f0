-- The leftover can neither be used nor repaired in place by a retry: drop it, build it again.
-- Both CONCURRENTLY, so checkout keeps writing.
\c storefront
DROP INDEX CONCURRENTLY orders_external_id_uq;
CREATE UNIQUE INDEX CONCURRENTLY orders_external_id_uq ON orders (external_id);
\d orders
\score
