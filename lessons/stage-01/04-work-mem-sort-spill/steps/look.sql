\c payments
SELECT count(*) FROM ledger_entries WHERE merchant_id = 42 AND booked_at >= '2026-11-01' AND booked_at < '2026-12-01';
SET work_mem = '1MB';
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT id, account_id, booked_at, amount_cents, currency, reference FROM ledger_entries WHERE merchant_id = 42 AND booked_at >= '2026-11-01' AND booked_at < '2026-12-01' ORDER BY account_id, booked_at, id;
SET work_mem = '4MB';
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT id, account_id, booked_at, amount_cents, currency, reference FROM ledger_entries WHERE merchant_id = 42 AND booked_at >= '2026-11-01' AND booked_at < '2026-12-01' ORDER BY account_id, booked_at, id;
SET work_mem = '8MB';
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT id, account_id, booked_at, amount_cents, currency, reference FROM ledger_entries WHERE merchant_id = 42 AND booked_at >= '2026-11-01' AND booked_at < '2026-12-01' ORDER BY account_id, booked_at, id;
SELECT min(booked_at), max(booked_at) FROM ledger_entries;
