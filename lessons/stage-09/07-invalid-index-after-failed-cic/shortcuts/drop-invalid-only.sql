-- Removes the leftover and stops there.
\c storefront
DROP INDEX CONCURRENTLY orders_external_id_uq;
\score
