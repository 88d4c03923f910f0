-- Finish 7.3 in birch: a default first (the old app keeps inserting), then the rows the
-- backfill could not see, then what the migration's last step does, recorded with it.
\c tenant_birch
SET lock_timeout = '3s';
ALTER TABLE invoices ALTER COLUMN currency SET DEFAULT 'GBP';
UPDATE invoices SET currency = 'GBP' WHERE currency IS NULL;
BEGIN;
ALTER TABLE invoices ALTER COLUMN currency SET NOT NULL;
INSERT INTO schema_migrations (version) VALUES ('20260610_add_invoices_currency');
COMMIT;
RESET lock_timeout;
SELECT currency, count(*) FROM invoices GROUP BY currency ORDER BY currency;
