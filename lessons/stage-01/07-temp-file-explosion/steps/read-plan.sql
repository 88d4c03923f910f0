-- What does the view do, and how many rows does its join really produce?
\c freshcart
SELECT pg_get_viewdef('daily_revenue'::regclass, true) AS definition;
EXPLAIN SELECT * FROM daily_revenue;
SELECT (SELECT count(*) FROM deliveries) AS deliveries,
       (SELECT count(*) FROM delivery_items) AS items,
       (SELECT count(*) FROM deliveries AS d JOIN delivery_items AS i ON i.customer_id = d.customer_id) AS joined_rows;
