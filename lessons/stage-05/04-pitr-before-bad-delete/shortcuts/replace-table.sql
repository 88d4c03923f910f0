\c billing_db - restore_target
SELECT current_setting('unix_socket_directories') AS restore_host, current_setting('port') AS restore_port \gset
\c billing_db - primary
CREATE EXTENSION IF NOT EXISTS dblink;
-- Replace production's table with the restored copy wholesale.
BEGIN;
TRUNCATE invoices;
INSERT INTO invoices (id, customer_id, amount_cents, status, issued_at)
SELECT r.id, r.customer_id, r.amount_cents, r.status, r.issued_at
FROM dblink(format('host=%s port=%s dbname=billing_db user=oncall_dba', :'restore_host', :'restore_port'),
            'SELECT id, customer_id, amount_cents, status, issued_at FROM invoices')
     AS r(id bigint, customer_id bigint, amount_cents integer, status text, issued_at timestamptz);
COMMIT;
