-- Browsing without looking at the schema or the history.
\c app_db
SELECT status, count(*) FROM orders GROUP BY status ORDER BY status;
\c analytics_db
SELECT day, revenue_cents FROM daily_revenue ORDER BY day DESC LIMIT 3;
\score
