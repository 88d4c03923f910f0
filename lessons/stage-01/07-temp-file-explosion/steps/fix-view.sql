-- Restore the missing predicate: items belong to the delivery of the same customer AND day.
-- CREATE OR REPLACE keeps the view's grants and the monthly view that depends on it.
\c freshcart
CREATE OR REPLACE VIEW daily_revenue AS
SELECT d.delivery_day AS day,
       count(DISTINCT d.id) AS deliveries,
       sum(i.qty * i.unit_cents) AS revenue_cents
FROM deliveries AS d
JOIN delivery_items AS i ON i.customer_id = d.customer_id AND i.delivery_day = d.delivery_day
GROUP BY d.delivery_day;
-- Prove it as finance would see it.
\c freshcart reporting
SELECT count(*) AS days, sum(deliveries) AS deliveries, sum(revenue_cents) AS revenue_cents FROM daily_revenue;
\c freshcart oncall_dba
