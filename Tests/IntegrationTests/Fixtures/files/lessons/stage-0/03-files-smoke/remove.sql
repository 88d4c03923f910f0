\c app_db
COPY (SELECT 1) TO PROGRAM 'rm ../files/backups/seed.txt';
