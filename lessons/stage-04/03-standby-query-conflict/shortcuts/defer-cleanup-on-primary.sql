-- SHORTCUT: hold back cleanup on the primary for everyone, forever.
\c app_db - primary
ALTER SYSTEM SET vacuum_defer_cleanup_age = 1000000;
SELECT pg_reload_conf();
