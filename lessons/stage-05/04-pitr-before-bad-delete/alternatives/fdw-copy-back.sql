\c billing_db - restore_target
SELECT current_setting('unix_socket_directories') AS restore_host, current_setting('port') AS restore_port \gset
\c billing_db - primary
CREATE EXTENSION IF NOT EXISTS postgres_fdw;
SELECT format('CREATE SERVER restore_target FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host %L, port %L, dbname %L)', :'restore_host', :'restore_port', 'billing_db') \gexec
CREATE USER MAPPING FOR oncall_dba SERVER restore_target OPTIONS (user 'oncall_dba');
CREATE SCHEMA pitr_restore;
IMPORT FOREIGN SCHEMA public LIMIT TO (invoices) FROM SERVER restore_target INTO pitr_restore;
INSERT INTO invoices
SELECT r.* FROM pitr_restore.invoices AS r
WHERE NOT EXISTS (SELECT 1 FROM invoices AS p WHERE p.id = r.id);
DROP SCHEMA pitr_restore CASCADE;
DROP SERVER restore_target CASCADE;
