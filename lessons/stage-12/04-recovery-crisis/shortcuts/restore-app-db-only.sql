-- The new app_db dump restored into restore_target and checked there; billing_db, which has a
-- dump now too, is never restored on the DR host.
\c postgres - restore_target
SELECT current_setting('unix_socket_directories') AS target_host, current_setting('port') AS target_port \gset
\c app_db - primary
SELECT max(f) AS app_dump FROM pg_ls_dir('../files/backups') AS f WHERE f LIKE 'app\_db\_%.dump' \gset
SELECT format('COPY (SELECT 1) TO PROGRAM %L', format('cat > /dev/null; pg_restore -h %s -p %s -U oncall_dba --clean --if-exists --exit-on-error -d app_db ../files/backups/%s', :'target_host', :'target_port', :'app_dump')) \gexec
\c app_db - restore_target
SELECT count(*) AS orders, max(id) AS last_id, sum(total_cents) AS total FROM orders;
\dp orders
