-- What did the release's migration leave on orders?
\c storefront
\d orders
SELECT c.relname AS index, i.indisunique, i.indisvalid, i.indisready, pg_get_indexdef(i.indexrelid) AS definition
FROM pg_index AS i JOIN pg_class AS c ON c.oid = i.indexrelid
WHERE i.indrelid = 'orders'::regclass
ORDER BY c.relname;
