-- SHORTCUT: "roll back" 7.3 in birch by dropping its column.
\c tenant_birch
ALTER TABLE invoices DROP COLUMN currency;
