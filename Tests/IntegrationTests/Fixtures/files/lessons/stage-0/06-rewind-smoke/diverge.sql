\c app_db - replica1
SELECT pg_promote();
INSERT INTO t VALUES (2);
\c app_db - primary
INSERT INTO t VALUES (3);
