-- "Works for me": more memory in the on-call engineer's own session, then the plan.
\c payments
SET work_mem = '16MB';
EXPLAIN (ANALYZE) SELECT id, account_id, booked_at, amount_cents, currency, reference FROM ledger_entries WHERE merchant_id = 42 ORDER BY account_id, booked_at, id;
