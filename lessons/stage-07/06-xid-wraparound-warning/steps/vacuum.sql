-- A database-wide VACUUM in app_db freezes its catalogs now that nothing pins them.
\c app_db
VACUUM;
SELECT datname, age(datfrozenxid) AS xid_age FROM pg_database ORDER BY 2 DESC;
