-- Undo the contract step until every consumer has moved: put legacy_status back, fill it
-- from status, and re-attach the sync trigger (its function was left behind) for INSERT and
-- for every status change. One transaction, bounded by a lock_timeout.
\c shop
\df orders_sync_legacy_status
BEGIN;
SET LOCAL lock_timeout = '3s';
SET LOCAL ROLE shop_owner;
ALTER TABLE orders ADD COLUMN legacy_status varchar(16);
UPDATE orders SET legacy_status = status;
CREATE TRIGGER orders_sync_legacy_status
    BEFORE INSERT OR UPDATE OF status ON orders
    FOR EACH ROW EXECUTE FUNCTION orders_sync_legacy_status();
COMMIT;
-- The old poll again, as the worker.
SET ROLE fulfillment;
SELECT count(*) AS paid_waiting FROM orders WHERE legacy_status = 'paid';
RESET ROLE;
\score
