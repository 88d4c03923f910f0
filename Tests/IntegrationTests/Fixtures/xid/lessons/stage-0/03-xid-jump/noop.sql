\c ledger
SELECT 1;
