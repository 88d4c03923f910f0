-- SHORTCUT: "the replica is stuck, make it a primary".
\c app_db - replica1
SELECT pg_promote();
