\c app_db
-- "It is broken anyway": make room before the new backup.
COPY (SELECT 1) TO PROGRAM 'cat > /dev/null; rm -rf ../files/backups/base_*';
