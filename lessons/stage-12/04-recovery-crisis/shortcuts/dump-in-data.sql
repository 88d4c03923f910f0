-- A quick manual dump of billing_db by the server itself; the relative file name lands in the
-- data directory (the server's working directory), on the failing volume.
\c app_db - primary
SELECT format('COPY (SELECT 1) TO PROGRAM %L',
              format('cat > /dev/null; pg_dump -Fc -h %s -p %s -U oncall_dba -f billing_db_manual.dump billing_db',
                     current_setting('unix_socket_directories'), current_setting('port'))) \gexec
