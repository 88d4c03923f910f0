\c crm
SELECT count(*) FROM customers;
\score
