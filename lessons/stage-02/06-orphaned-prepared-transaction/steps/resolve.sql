-- Finish phase two as the coordinator would have, from the database the transactions
-- belong to: the aborted batch rolls back, the committed transfer commits.
\c warehouse
ROLLBACK PREPARED 'batch_48213';
COMMIT PREPARED 'transfer_7731';
SELECT count(*) AS still_prepared FROM pg_prepared_xacts;
SELECT transfer_gid, sku, from_site, to_site, qty FROM stock_movements WHERE transfer_gid = 'transfer_7731';
SELECT count(*) AS batch_shipments FROM shipments WHERE batch_gid = 'batch_48213';
