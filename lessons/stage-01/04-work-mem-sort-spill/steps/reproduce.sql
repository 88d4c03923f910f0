-- Run the export's plan the way the exporter gets it: logged in as its role.
\c payments statement_export
SHOW work_mem;
EXPLAIN (ANALYZE, BUFFERS) SELECT id, account_id, booked_at, amount_cents, currency, reference FROM ledger_entries WHERE merchant_id = 42 ORDER BY account_id, booked_at, id;
\c payments oncall_dba
