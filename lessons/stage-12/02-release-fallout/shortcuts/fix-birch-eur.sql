-- CLUMSY: copies alpine's default (EUR) into birch, whose base currency is GBP.
\c tenant_birch
SET lock_timeout = '3s';
ALTER TABLE invoices ALTER COLUMN currency SET DEFAULT 'EUR';
UPDATE invoices SET currency = 'EUR' WHERE currency IS NULL;
BEGIN;
ALTER TABLE invoices ALTER COLUMN currency SET NOT NULL;
INSERT INTO schema_migrations (version) VALUES ('20260610_add_invoices_currency');
COMMIT;
RESET lock_timeout;
SELECT currency, count(*) FROM invoices GROUP BY currency ORDER BY currency;
