-- Looking at the customer's data without finding or changing anything.
\c billing
SELECT id, company, country FROM accounts WHERE id = 4127;
SELECT product, count(*) FROM subscriptions GROUP BY product ORDER BY product;
\score
