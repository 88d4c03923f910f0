-- Looks around without learning or changing anything.
\c storefront
SELECT count(*) AS payments FROM payments;
\score
