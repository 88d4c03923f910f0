-- What has 7.3 done to birch's invoices so far, and what should the currency be here?
\c tenant_birch
SELECT * FROM tenant_profile;
\d invoices
SELECT count(*) AS invoices, count(currency) AS with_currency,
       count(*) FILTER (WHERE currency IS NULL) AS without_currency
FROM invoices;
