\c shop
ALTER TABLE orders DROP CONSTRAINT orders_pkey;
