-- What did the server report when the payout failed?
\c payments
\log 20 deadlock
