\c shop
SELECT 1;
\score
