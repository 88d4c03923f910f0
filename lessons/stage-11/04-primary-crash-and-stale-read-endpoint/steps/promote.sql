\c app_db - replica1
SELECT pg_promote();
SELECT pg_is_in_recovery();
