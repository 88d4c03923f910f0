\c shop
EXPLAIN SELECT id FROM orders WHERE tenant_id = 7 ORDER BY created_at DESC LIMIT 5;
