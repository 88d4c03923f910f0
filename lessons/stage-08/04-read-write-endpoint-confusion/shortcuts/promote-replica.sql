\c app_db - replica1
SELECT pg_promote();
