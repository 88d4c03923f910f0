-- "Start clean": the old dumps go before the new run.
\c app_db
COPY (SELECT 1) TO PROGRAM 'cat > /dev/null; rm -f ../files/backups/*.dump';
