-- "Tenant 2 sees tenant 1 and 3's rows? Delete those."
\c billing
DELETE FROM invoices WHERE tenant_id <> 2;
