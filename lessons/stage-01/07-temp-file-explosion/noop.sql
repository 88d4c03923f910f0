-- Looking around without finding or changing anything.
\c freshcart
SELECT count(*) AS customers FROM customers;
SELECT min(delivery_day), max(delivery_day) FROM deliveries;
\score
