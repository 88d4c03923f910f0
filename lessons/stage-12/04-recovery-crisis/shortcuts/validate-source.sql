-- "Validation": the dumps read back and production's counts look right. restore_target is
-- never opened.
\c app_db - primary
\action verify-backups
SELECT count(*) AS orders FROM orders;
\c billing_db - primary
SELECT count(*) AS invoices FROM invoices;
