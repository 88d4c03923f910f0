-- "The worker is stuck on the pending invoices: get rid of them."
\c app_db - server
DELETE FROM invoices WHERE status = 'pending';
