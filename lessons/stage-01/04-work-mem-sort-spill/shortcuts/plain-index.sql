-- The index in the export's order, built the quick way.
\c payments
CREATE INDEX ledger_entries_export_idx ON ledger_entries (merchant_id, account_id, booked_at, id);
