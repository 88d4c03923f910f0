-- "Purge them properly": their orders first, then the customers.
\c crm
DELETE FROM orders WHERE customer_id > 3900;
DELETE FROM customers WHERE id > 3900;
