\c billing
SELECT count(*) FROM invoices;
\score
