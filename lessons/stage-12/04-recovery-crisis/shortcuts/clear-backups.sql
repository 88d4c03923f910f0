-- "The backup disk is nearly full": clear the old dumps before the new run.
\c app_db
COPY (SELECT 1) TO PROGRAM 'cat > /dev/null; rm -f ../files/backups/*.dump';
