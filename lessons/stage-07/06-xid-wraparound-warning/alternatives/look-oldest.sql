-- Which relations of app_db hold its datfrozenxid back?
\c app_db
SELECT datname, age(datfrozenxid) AS xid_age FROM pg_database WHERE datname = current_database();
SELECT c.oid::regclass AS relation, c.relkind, age(c.relfrozenxid) AS xid_age
FROM pg_class c WHERE c.relkind IN ('r', 'm', 't') ORDER BY age(c.relfrozenxid) DESC LIMIT 10;
