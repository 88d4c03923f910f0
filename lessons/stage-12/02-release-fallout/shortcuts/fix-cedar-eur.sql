-- CLUMSY: copies alpine's default (EUR) into cedar, whose base currency is CHF.
\c tenant_cedar
BEGIN;
SET LOCAL lock_timeout = '3s';
ALTER TABLE invoices ADD COLUMN currency char(3) NOT NULL DEFAULT 'EUR';
INSERT INTO schema_migrations (version) VALUES ('20260610_add_invoices_currency');
COMMIT;
