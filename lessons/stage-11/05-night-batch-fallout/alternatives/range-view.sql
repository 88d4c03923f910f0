-- The same view, with the validity window written as a date range.
\c marketplace
CREATE OR REPLACE VIEW partner_payouts AS
SELECT p.name AS partner,
       date_trunc('month', o.ordered_on)::date AS month,
       count(DISTINCT o.id) AS orders,
       sum(o.total_cents * r.rate_bp / 10000) AS commission_cents
FROM orders AS o
JOIN partners AS p ON p.id = o.partner_id
JOIN commission_rates AS r
  ON r.partner_id = o.partner_id
 AND daterange(r.valid_from, r.valid_until) @> o.ordered_on
GROUP BY p.name, date_trunc('month', o.ordered_on);
