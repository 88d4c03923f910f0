-- Freeze only the relations still older than 200 million, oldest first (psql \gexec).
\c app_db
SELECT format('VACUUM (FREEZE) %s', c.oid::regclass) FROM pg_class c
WHERE c.relkind IN ('r', 'm', 't') AND age(c.relfrozenxid) > 200000000 ORDER BY age(c.relfrozenxid) DESC \gexec
SELECT datname, age(datfrozenxid) AS xid_age FROM pg_database WHERE datname = current_database();
