-- Let the index deliver the rows already in the export's order: no sort, whatever work_mem.
-- CONCURRENTLY, because the payment API writes this table all day.
\c payments
CREATE INDEX CONCURRENTLY ledger_entries_merchant_account_booked_idx
    ON ledger_entries (merchant_id, account_id, booked_at, id);
\c payments statement_export
EXPLAIN (ANALYZE) SELECT id, account_id, booked_at, amount_cents, currency, reference FROM ledger_entries WHERE merchant_id = 42 ORDER BY account_id, booked_at, id;
