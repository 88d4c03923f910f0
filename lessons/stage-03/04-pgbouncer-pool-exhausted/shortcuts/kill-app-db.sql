-- "Restart the pooler": drop every client and server connection of app_db, then resume it.
\c pgbouncer
KILL app_db;
RESUME app_db;
