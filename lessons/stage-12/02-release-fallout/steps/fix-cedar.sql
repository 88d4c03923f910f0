-- Bring cedar to where alpine is, in its own base currency, and record it in the same
-- transaction.
\c tenant_cedar
BEGIN;
SET LOCAL lock_timeout = '3s';
ALTER TABLE invoices ADD COLUMN currency char(3) NOT NULL DEFAULT 'CHF';
INSERT INTO schema_migrations (version) VALUES ('20260610_add_invoices_currency');
COMMIT;
