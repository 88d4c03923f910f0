\c app_db - replica1
SELECT pg_is_in_recovery();
INSERT INTO orders (customer_id, status, total_cents) VALUES (214, 'pending', 4599);
