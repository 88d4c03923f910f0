-- From production: link app_db to restore_target's app_db with postgres_fdw and push the
-- orders the DR host lacks. Production keeps a foreign server pointing at the DR host.
\c postgres - restore_target
SELECT current_setting('unix_socket_directories') AS target_host, current_setting('port') AS target_port \gset
\c app_db - primary
CREATE EXTENSION postgres_fdw;
SELECT format('CREATE SERVER dr_restore_target FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host %L, port %L, dbname %L)', :'target_host', :'target_port', 'app_db') \gexec
CREATE USER MAPPING FOR CURRENT_USER SERVER dr_restore_target OPTIONS (user 'oncall_dba');
CREATE SCHEMA dr;
IMPORT FOREIGN SCHEMA public LIMIT TO (orders) FROM SERVER dr_restore_target INTO dr;
INSERT INTO dr.orders SELECT * FROM orders WHERE id > (SELECT max(id) FROM dr.orders);
SELECT count(*) AS orders_on_restore_target FROM dr.orders;
