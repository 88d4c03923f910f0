-- Give autovacuum its counters back and let it do the cleaning: it comes within a naptime (1 min).
\c tenant_b
ANALYZE orders;
SELECT n_live_tup, n_dead_tup FROM pg_stat_user_tables WHERE relname = 'orders';
-- Wait (up to 9 s at a time) until autovacuum has marked the pages and finished.
DO $$ BEGIN FOR i IN 1..18 LOOP EXIT WHEN (SELECT all_visible FROM pg_visibility_map_summary('orders')) > 0 AND NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE backend_type = 'autovacuum worker' AND query LIKE '%orders%'); PERFORM pg_sleep(0.5); END LOOP; END $$;
DO $$ BEGIN FOR i IN 1..18 LOOP EXIT WHEN (SELECT all_visible FROM pg_visibility_map_summary('orders')) > 0 AND NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE backend_type = 'autovacuum worker' AND query LIKE '%orders%'); PERFORM pg_sleep(0.5); END LOOP; END $$;
DO $$ BEGIN FOR i IN 1..18 LOOP EXIT WHEN (SELECT all_visible FROM pg_visibility_map_summary('orders')) > 0 AND NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE backend_type = 'autovacuum worker' AND query LIKE '%orders%'); PERFORM pg_sleep(0.5); END LOOP; END $$;
DO $$ BEGIN FOR i IN 1..18 LOOP EXIT WHEN (SELECT all_visible FROM pg_visibility_map_summary('orders')) > 0 AND NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE backend_type = 'autovacuum worker' AND query LIKE '%orders%'); PERFORM pg_sleep(0.5); END LOOP; END $$;
DO $$ BEGIN FOR i IN 1..18 LOOP EXIT WHEN (SELECT all_visible FROM pg_visibility_map_summary('orders')) > 0 AND NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE backend_type = 'autovacuum worker' AND query LIKE '%orders%'); PERFORM pg_sleep(0.5); END LOOP; END $$;
DO $$ BEGIN FOR i IN 1..18 LOOP EXIT WHEN (SELECT all_visible FROM pg_visibility_map_summary('orders')) > 0 AND NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE backend_type = 'autovacuum worker' AND query LIKE '%orders%'); PERFORM pg_sleep(0.5); END LOOP; END $$;
DO $$ BEGIN FOR i IN 1..18 LOOP EXIT WHEN (SELECT all_visible FROM pg_visibility_map_summary('orders')) > 0 AND NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE backend_type = 'autovacuum worker' AND query LIKE '%orders%'); PERFORM pg_sleep(0.5); END LOOP; END $$;
DO $$ BEGIN FOR i IN 1..18 LOOP EXIT WHEN (SELECT all_visible FROM pg_visibility_map_summary('orders')) > 0 AND NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE backend_type = 'autovacuum worker' AND query LIKE '%orders%'); PERFORM pg_sleep(0.5); END LOOP; END $$;
DO $$ BEGIN FOR i IN 1..18 LOOP EXIT WHEN (SELECT all_visible FROM pg_visibility_map_summary('orders')) > 0 AND NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE backend_type = 'autovacuum worker' AND query LIKE '%orders%'); PERFORM pg_sleep(0.5); END LOOP; END $$;
DO $$ BEGIN FOR i IN 1..18 LOOP EXIT WHEN (SELECT all_visible FROM pg_visibility_map_summary('orders')) > 0 AND NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE backend_type = 'autovacuum worker' AND query LIKE '%orders%'); PERFORM pg_sleep(0.5); END LOOP; END $$;
DO $$ BEGIN FOR i IN 1..18 LOOP EXIT WHEN (SELECT all_visible FROM pg_visibility_map_summary('orders')) > 0 AND NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE backend_type = 'autovacuum worker' AND query LIKE '%orders%'); PERFORM pg_sleep(0.5); END LOOP; END $$;
DO $$ BEGIN FOR i IN 1..18 LOOP EXIT WHEN (SELECT all_visible FROM pg_visibility_map_summary('orders')) > 0 AND NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE backend_type = 'autovacuum worker' AND query LIKE '%orders%'); PERFORM pg_sleep(0.5); END LOOP; END $$;
SELECT last_autovacuum IS NOT NULL AS autovacuumed, autovacuum_count FROM pg_stat_user_tables WHERE relname = 'orders';
SELECT * FROM pg_visibility_map_summary('orders');
