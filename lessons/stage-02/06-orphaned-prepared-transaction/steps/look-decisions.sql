-- The owner is the fulfillment coordinator. What did it decide for these two gids before it
-- died? Its log says what every participant must do.
\c fulfillment
SELECT gid, kind, decision, reason, decided_at, completed_at
FROM txn_decisions
WHERE completed_at IS NULL OR gid IN ('batch_48213', 'transfer_7731')
ORDER BY decided_at;
