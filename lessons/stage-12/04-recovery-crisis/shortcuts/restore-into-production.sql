-- "Test the new dump": restore it with --clean, but into the server we are on (production).
\c app_db - primary
SELECT current_setting('unix_socket_directories') AS here_host, current_setting('port') AS here_port \gset
SELECT max(f) AS app_dump FROM pg_ls_dir('../files/backups') AS f WHERE f LIKE 'app\_db\_%.dump' \gset
SELECT format('COPY (SELECT 1) TO PROGRAM %L', format('cat > /dev/null; pg_restore -h %s -p %s -U oncall_dba --clean --if-exists --exit-on-error -d app_db ../files/backups/%s', :'here_host', :'here_port', :'app_dump')) \gexec
