-- Start from the locks on orders, then look at the index and the visibility map.
\c tenant_b
SELECT l.pid, l.mode, l.granted, a.application_name, a.state, a.backend_xmin, a.backend_xid
FROM pg_locks AS l JOIN pg_stat_activity AS a USING (pid)
WHERE l.relation = 'orders'::regclass;
SELECT tuple_count, dead_tuple_count, dead_tuple_percent FROM pgstattuple('orders_pkey');
SELECT all_visible, all_frozen FROM pg_visibility_map_summary('orders');
