-- What the new instances hit, reproduced as their role (in a transaction, rolled back).
\c shop
BEGIN;
SET LOCAL ROLE app_user_v2;
INSERT INTO orders (customer_id, total_cents) VALUES (42, 2599);
ROLLBACK;
SELECT has_table_privilege('app_user_v2', 'orders', 'INSERT') AS v2_can_insert,
       has_table_privilege('app_user', 'orders', 'INSERT') AS old_can_insert;
