-- Locks with a virtual transaction -1/… and no pid belong to prepared transactions:
-- phase one of a two-phase commit, waiting for COMMIT PREPARED or ROLLBACK PREPARED.
\c warehouse
SELECT gid, prepared, owner, database, transaction, age(transaction) AS xid_age
FROM pg_prepared_xacts
ORDER BY prepared;
-- What each one holds, by transaction id.
SELECT p.gid, l.locktype, l.relation::regclass AS relation, l.mode, l.granted
FROM pg_locks AS l
JOIN pg_prepared_xacts AS p ON l.virtualtransaction = '-1/' || p.transaction
ORDER BY p.gid, l.locktype;
