\c payments
SELECT count(*) FROM accounts;
\score
