-- Another expert: reproduces with the role's limit in their own session, reads the plan,
-- then rewrites the view so that items are summed per delivery first and joined one to one
-- (no fan-out possible, no DISTINCT needed), keeping the column names and types.
\c freshcart
SET temp_file_limit = '4MB';
SELECT * FROM daily_revenue ORDER BY day LIMIT 3;
RESET temp_file_limit;
EXPLAIN SELECT * FROM daily_revenue;
CREATE OR REPLACE VIEW daily_revenue AS
SELECT d.delivery_day AS day,
       count(*) AS deliveries,
       coalesce(sum(t.revenue_cents), 0)::bigint AS revenue_cents
FROM deliveries AS d
JOIN (SELECT customer_id, delivery_day, sum(qty * unit_cents) AS revenue_cents
      FROM delivery_items
      GROUP BY customer_id, delivery_day) AS t
  ON t.customer_id = d.customer_id AND t.delivery_day = d.delivery_day
GROUP BY d.delivery_day;
SET temp_file_limit = '4MB';
SELECT * FROM monthly_revenue ORDER BY month;
RESET temp_file_limit;
\score
