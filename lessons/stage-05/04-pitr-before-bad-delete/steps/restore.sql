\c billing_db
\action restore-invoices
\c billing_db - restore_target
SELECT count(*) AS restored, min(id), max(id) FROM invoices;
SELECT count(*) AS deleted_by_job FROM invoices WHERE issued_at < timestamptz '2026-08-01 00:00+00';
