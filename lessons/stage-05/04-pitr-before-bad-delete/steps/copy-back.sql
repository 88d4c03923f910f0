\c billing_db - restore_target
SELECT current_setting('unix_socket_directories') AS restore_host, current_setting('port') AS restore_port \gset
\c billing_db - primary
CREATE EXTENSION IF NOT EXISTS dblink;
BEGIN;
INSERT INTO invoices (id, customer_id, amount_cents, status, issued_at)
SELECT r.id, r.customer_id, r.amount_cents, r.status, r.issued_at
FROM dblink(format('host=%s port=%s dbname=billing_db user=oncall_dba', :'restore_host', :'restore_port'),
            $q$SELECT id, customer_id, amount_cents, status, issued_at FROM invoices
               WHERE issued_at < timestamptz '2026-08-01 00:00+00'$q$)
     AS r(id bigint, customer_id bigint, amount_cents integer, status text, issued_at timestamptz)
ON CONFLICT (id) DO NOTHING;
SELECT count(*) AS back FROM invoices WHERE id <= 3000;
COMMIT;
