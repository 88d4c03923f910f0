-- RECKLESS: "those 40 orders are junk from the old tool": delete them so the check validates.
\c commerce
DELETE FROM orders WHERE region IS NULL;
ALTER TABLE orders VALIDATE CONSTRAINT orders_region_present;
\score
