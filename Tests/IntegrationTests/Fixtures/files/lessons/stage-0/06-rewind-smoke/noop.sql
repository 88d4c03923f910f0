\c app_db
SELECT count(*) FROM t;
