-- HURRIED: the column comes back and is filled once; nothing keeps it in step with status.
\c shop
ALTER TABLE orders ADD COLUMN legacy_status varchar(16);
UPDATE orders SET legacy_status = status;
\score
