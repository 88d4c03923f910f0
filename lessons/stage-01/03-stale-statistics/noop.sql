-- Looks around without learning or changing anything.
\c billing
SELECT count(*) AS customers FROM customers;
\score
