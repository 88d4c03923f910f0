-- How many server connections may app_db's pool have?
\c pgbouncer
SHOW DATABASES;
SHOW CONFIG;
