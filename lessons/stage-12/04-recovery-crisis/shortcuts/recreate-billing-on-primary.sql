-- The "drop and recreate from the dump" move, typed on the wrong host: production's
-- billing_db is dropped (its sessions forced out) and created again from the new dump.
\c postgres - primary
SELECT current_setting('unix_socket_directories') AS here_host, current_setting('port') AS here_port \gset
DROP DATABASE billing_db WITH (FORCE);
SELECT max(f) AS billing_dump FROM pg_ls_dir('../files/backups') AS f WHERE f LIKE 'billing\_db\_%.dump' \gset
SELECT format('COPY (SELECT 1) TO PROGRAM %L', format('cat > /dev/null; pg_restore -h %s -p %s -U oncall_dba --create --exit-on-error -d postgres ../files/backups/%s', :'here_host', :'here_port', :'billing_dump')) \gexec
