-- Refresh restore_target's app_db from the newest dump there is (last night's); nothing else.
\c postgres - restore_target
SELECT current_setting('unix_socket_directories') AS target_host, current_setting('port') AS target_port \gset
\c app_db - primary
SELECT max(f) AS app_dump FROM pg_ls_dir('../files/backups') AS f WHERE f LIKE 'app\_db\_%.dump' \gset
SELECT format('COPY (SELECT 1) TO PROGRAM %L', format('cat > /dev/null; pg_restore -h %s -p %s -U oncall_dba --clean --if-exists --exit-on-error -d app_db ../files/backups/%s', :'target_host', :'target_port', :'app_dump')) \gexec
