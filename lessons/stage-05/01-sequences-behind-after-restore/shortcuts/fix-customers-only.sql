-- HURRIED: repair the sequence named in the error message, and stop there.
\c app_db
SELECT setval('customers_id_seq', (SELECT max(id) FROM customers));
