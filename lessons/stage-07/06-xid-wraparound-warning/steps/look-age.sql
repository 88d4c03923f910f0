-- How old is the oldest unfrozen transaction id in each database, and what does the log say?
\c app_db
SELECT datname, age(datfrozenxid) AS xid_age, datallowconn FROM pg_database ORDER BY 2 DESC;
\log 5 must be vacuumed
