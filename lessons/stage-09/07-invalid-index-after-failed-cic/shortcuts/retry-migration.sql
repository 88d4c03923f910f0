-- Retries the release's migration: the name is taken, so under a new name. It fails on the
-- same duplicates and leaves a second invalid index.
\c storefront
CREATE UNIQUE INDEX CONCURRENTLY orders_external_id_uq ON orders (external_id);
CREATE UNIQUE INDEX CONCURRENTLY orders_external_id_uq2 ON orders (external_id);
\score
