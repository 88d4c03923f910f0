-- Duplicates gone; rebuilt the quick way: checkout inserts wait for the whole build.
\c storefront
DROP INDEX orders_external_id_uq;
CREATE UNIQUE INDEX orders_external_id_uq ON orders (external_id);
\score
