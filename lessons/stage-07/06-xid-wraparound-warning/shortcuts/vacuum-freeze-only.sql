-- VACUUM FREEZE everything, leaving the slots alone.
\c app_db
VACUUM (FREEZE);
SELECT datname, age(datfrozenxid) AS xid_age FROM pg_database ORDER BY 2 DESC;
