-- Compare index and table sizes with the tenant the purge did not touch, then read the pages.
\c tenant_a
SELECT indexrelname, pg_size_pretty(pg_relation_size(indexrelid)) AS idx, pg_size_pretty(pg_relation_size(relid)) AS tbl
FROM pg_stat_user_indexes WHERE relname = 'orders';
\c tenant_b
SELECT indexrelname, pg_size_pretty(pg_relation_size(indexrelid)) AS idx, pg_size_pretty(pg_relation_size(relid)) AS tbl
FROM pg_stat_user_indexes WHERE relname = 'orders';
SELECT * FROM pgstattuple('orders_external_id_idx');
