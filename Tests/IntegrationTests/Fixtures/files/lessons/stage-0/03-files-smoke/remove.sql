\c app_db
COPY (SELECT 1) TO PROGRAM 'cat > /dev/null; rm ../files/backups/seed.txt';
