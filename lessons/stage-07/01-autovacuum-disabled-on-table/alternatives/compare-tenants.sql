-- Compare the two tenants' orders through the catalog and the pages.
\c tenant_a
SELECT relname, reloptions, pg_relation_size(oid) AS bytes FROM pg_class WHERE relname = 'orders';
\c tenant_b
SELECT relname, reloptions, pg_relation_size(oid) AS bytes FROM pg_class WHERE relname = 'orders';
SELECT * FROM pgstattuple_approx('orders');
SELECT relname, n_live_tup, n_dead_tup, last_autovacuum, last_vacuum FROM pg_stat_user_tables WHERE relname = 'orders';
