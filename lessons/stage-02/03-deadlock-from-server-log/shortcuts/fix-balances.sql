-- "Replay the failed payout by hand."
\c payments
UPDATE accounts SET balance_cents = balance_cents - 9900 WHERE id = 42;
UPDATE accounts SET balance_cents = balance_cents + 9900 WHERE id = 17;
