\c app_db
COPY (SELECT 1) TO PROGRAM 'cat > /dev/null; cp ../files/backups/app_db_nightly.dump stray.dump';
