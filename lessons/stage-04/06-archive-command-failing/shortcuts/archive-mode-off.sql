-- "Turn archiving off until storage has fixed it."
\c app_db
ALTER SYSTEM SET archive_mode = off;
SELECT pg_reload_conf();
