-- HALF RIGHT: column back, filled, and a trigger for new orders, but not for status changes:
-- an order paid after checkout keeps legacy_status = 'pending' and never ships.
\c shop
BEGIN;
ALTER TABLE orders ADD COLUMN legacy_status varchar(16);
UPDATE orders SET legacy_status = status;
CREATE TRIGGER orders_sync_legacy_status BEFORE INSERT ON orders
    FOR EACH ROW EXECUTE FUNCTION orders_sync_legacy_status();
COMMIT;
\score
