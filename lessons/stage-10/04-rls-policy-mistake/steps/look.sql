-- Which policies does invoices have, for whom, and with which conditions?
\c billing
SELECT policyname, permissive, roles, cmd, qual, with_check
FROM pg_policies WHERE tablename = 'invoices' ORDER BY policyname;
\dp invoices
