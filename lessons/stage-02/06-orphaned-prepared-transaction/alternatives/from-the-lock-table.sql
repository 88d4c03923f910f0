-- Another expert: starts from the lock a picker waits for, follows its transaction id to the
-- prepared transaction, reads the decisions of everything the coordinator left open, and
-- applies them (the commit first: the receiving dock has been waiting longest).
\c warehouse
SELECT w.pid AS waiter, a.application_name, w.transactionid AS waits_for_xid,
       p.gid, p.owner, p.prepared
FROM pg_locks AS w
JOIN pg_stat_activity AS a ON a.pid = w.pid
LEFT JOIN pg_prepared_xacts AS p ON p.transaction = w.transactionid
WHERE w.locktype = 'transactionid' AND NOT w.granted;
\c fulfillment
SELECT gid, decision, decided_at, completed_at FROM txn_decisions
WHERE completed_at IS NULL ORDER BY decided_at;
\c warehouse
COMMIT PREPARED 'transfer_7731';
ROLLBACK PREPARED 'batch_48213';
SELECT gid FROM pg_prepared_xacts;
\score
