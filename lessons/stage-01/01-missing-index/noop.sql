-- Looks around without changing anything.
\c shop
SELECT count(*) FROM orders;
\score
