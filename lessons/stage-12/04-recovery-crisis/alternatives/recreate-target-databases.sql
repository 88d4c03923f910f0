-- On the DR host itself: drop its stale app_db and recreate both databases from the new
-- dumps (pg_restore --create), reading the backups directory from the restore host.
\c postgres - restore_target
SELECT current_setting('unix_socket_directories') AS target_host, current_setting('port') AS target_port \gset
DROP DATABASE app_db WITH (FORCE);
SELECT max(f) AS app_dump FROM pg_ls_dir('../../../files/backups') AS f WHERE f LIKE 'app\_db\_%.dump' \gset
SELECT max(f) AS billing_dump FROM pg_ls_dir('../../../files/backups') AS f WHERE f LIKE 'billing\_db\_%.dump' \gset
SELECT format('COPY (SELECT 1) TO PROGRAM %L', format('cat > /dev/null; pg_restore -h %s -p %s -U oncall_dba --create --exit-on-error -d postgres ../../../files/backups/%s', :'target_host', :'target_port', d)) FROM unnest(ARRAY[:'app_dump', :'billing_dump']) AS d \gexec
