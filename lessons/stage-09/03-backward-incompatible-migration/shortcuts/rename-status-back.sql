-- RECKLESS: "the old worker wants legacy_status, so call the column that again". Every
-- orders-api v58 instance writes status: checkout breaks instead.
\c shop
ALTER TABLE orders RENAME COLUMN status TO legacy_status;
\score
